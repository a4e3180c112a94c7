/**
 * Demo data (issue #6, "Data to look at"): synthetic, clearly labelled assessments, needs, projects, partners,
 * transactions, training events and equipment across many countries, so that a new user sees full lists and dashboards at
 * once. The feature owns the plan of that data ({@code control/DemoPlan}), the generator that writes it
 * ({@code boundary/DemoData}), the demo mode's background load at startup ({@code boundary/DemoMode}) and the command
 * ({@code POST /api/demo-data?scale=}, {@code src/main/scripts/demo-data.sh}). It owns no table: it writes the other
 * features' records, and the synthetic field offices and donors it records them for.
 * <p>
 * Decisions:
 * <ul>
 * <li><b>Through the entities, never SQL.</b> Every record is built by the entities' constructors and domain methods
 * (an assessment is created, its needs added, then submitted, shared, validated or disputed; a project is recorded in the
 * pipeline, its partners added, then its status set, as the project facade does), so every rule and every figure an
 * entity keeps (USD totals at the application's rates, kinds of assistance, areas, sector codes, need counts, signals)
 * holds by construction. The needs a project links follow their links by the same rule as in the project facade
 * ({@code NeedStatusRule}).</li>
 * <li><b>Deterministic.</b> Record {@code i} is drawn from a generator seeded with the plan's seed and {@code i} alone;
 * the countries a record may draw and the assessments a project may link to are those surely there with it at any
 * scale. So a record is the same whichever run writes it, running a scale twice adds nothing, a larger scale adds only
 * what is missing, and an interrupted run is resumed by running it again. Synthetic records are found by their keys:
 * the request reference {@code SYNTH-A000123} of an assessment, the IATI identifier {@code XX-SYNTH-P000123} of a
 * project.</li>
 * <li><b>Sized by a scale.</b> Scale 1: 20,000 assessments, 200,000 needs, 50,000 projects, 1,000,000 transactions;
 * counts are linear, rounded, at least 1, and the need and transaction totals are exact at scales whose counts are
 * multiples of ten. Recipients are the Southern UN member states by the application's Global South rule, the demo
 * accounts' countries first; {@code min(southern, max(10, round(193 × 20 × scale)))} of them are in play (39 at 0.01,
 * all from 0.04). Providers come from all 193 members.</li>
 * <li><b>Plausible shares.</b> Assessments about 65 % validated; needs 35 % high priority, 80 % costed; projects 55 %
 * North-South, 25 % South-South, 12 % triangular, 8 % without a modality, with partners in the SSC roles the modality
 * needs (Southern providers); about half the projects answer one to three needs of validated assessments of their
 * countries, which leaves roughly a third of the shared and validated needs covered at full scale.</li>
 * <li><b>Clearly labelled.</b> Titles and descriptions start with "[synthetic] ", names of organisations and partners
 * end with "(synthetic)", and the records say they were recorded by {@code demo-data}.</li>
 * <li><b>Flat memory, visible progress.</b> Batches of 200 records, each in its own transaction with the persistence
 * context cleared after it; progress is logged; one run at a time; a run that adds anything is audited once.</li>
 * <li><b>Who.</b> Administrators run the command; the demo mode runs as the system ({@code tatracker.demo=true},
 * {@code tatracker.demo.scale}, default 0.01, 0 to turn it off).</li>
 * </ul>
 */
package org.tatracker.demo;
