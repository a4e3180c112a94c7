/**
 * Code lists: the official IATI 2.03 codelists the tracker uses and our own short lists (CJAT
 * tools, Congress topics, SDG targets, standards and norms, conventions...), each code labelled in
 * the six UN languages where a label exists and in English otherwise.
 * <p>
 * Decisions: codes are never deleted; a code that a new edition of its file drops is kept,
 * marked withdrawn, so that records pointing at it stay readable.
 */
package org.tatracker.codelist;
