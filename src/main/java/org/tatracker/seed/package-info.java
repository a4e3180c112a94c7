/**
 * Reference data loaded from the repository's {@code seeds/} folder at start-up.
 * <p>
 * Decisions: each seed is applied in its own transaction, only when the SHA-256 of its file(s)
 * differs from the one recorded in {@code seed_file}; rows are upserted by natural key, so a second
 * start changes nothing and a corrected file updates rows in place. Parsers report every problem of
 * a file at once and a file with any problem applies nothing (and stops the deployment, so a broken
 * seed cannot go unnoticed).
 */
package org.tatracker.seed;
