/**
 * The country register: every country or area of the UN M49 standard with its ISO codes, M49
 * hierarchy and names in the six UN languages, and its dated classifications (LDC, LLDC, SIDS,
 * UNCTAD developing economy, historical M49 developing flag).
 * <p>
 * Decisions: the M49 code is the identity (ISO alpha-3 is unique too, and is what the API uses);
 * group memberships are not columns of the country but dated rows of {@code country_classification},
 * because countries graduate from LDC status and "Global South" has no single definition. The
 * Global South flag shown everywhere is the latest row of the scheme named by
 * {@code tatracker.globalSouth.scheme} (default UNCTAD), and every view says which scheme and date
 * decided it.
 */
package org.tatracker.country;
