/**
 * Indicators: the computed figures of the portfolio (issue #6), each with a stable code, a
 * definition, a formula implemented once in {@code control/Formulas} and tested there against
 * hand-computed fixtures. The formulas work on small fact records ({@code control/Facts}) that a
 * database aggregation or a brute-force pass over the records can both produce, so that the two
 * can be compared.
 * <p>
 * Definitions follow the domain reference (§2.5 Global South rule, §3.2 sustainability signals,
 * §5.3 training metrics, §6 partnership indicators). Decisions where it is silent:
 * <ul>
 * <li>A need counts as covered when at least one project in implementation, finalisation or closed
 * answers it (partly or fully), the rule that also sets its status.</li>
 * <li>The funding gap of a country is the estimated cost (USD) of its open needs minus the
 * commitments (USD) of the projects linked to those needs (each project once), never below zero;
 * needs without an estimated cost add nothing and are counted apart.</li>
 * <li>A sustainability signal is applicable to every project except: curriculum adoption (projects
 * with training), the training-of-trainers multiplier (projects with a training of trainers),
 * maintenance plans and equipment working (projects with equipment; "working" only once checked),
 * laws adopted (projects with technical assistance). The index is the share of applicable signals
 * met.</li>
 * <li>Shares are fractions from 0 to 1 with four decimals, rounded half-even; a share of nothing is
 * absent (no value), never zero.</li>
 * <li>The filters are the project list's. Needs are not projects: only the country and the region
 * filter them; the other filters choose which projects may cover them. The needs counted are those
 * of shared or validated current assessments, still relevant, that the reader may read (published,
 * or of a country the reader's account covers; administrators all).</li>
 * <li>The funding gap is a property of a country: it follows the needs' own status (open: no active
 * or completed project answers them, whatever the filters) and counts the commitments of every
 * project linked to them. Estimated costs are converted at the latest rate the tracker has (they look
 * ahead), a sum per currency at a time.</li>
 * <li>Commitments and disbursements by year go by the date of each transaction; by country, a
 * project's commitments are shared by its countries' percentages; by kind, a project with several
 * kinds counts under each.</li>
 * <li>Participations count, per country and SSC role, the selected projects it takes part in; a
 * country in two roles counts in both, so they are never added up as projects.</li>
 * <li>Who could help a country: Southern countries that provide assistance (provider or first
 * provider) in projects for its sub-region.</li>
 * </ul>
 * <p>
 * Speed: the project and the need keep the facts their figures need (migrations V11, V12), and
 * {@code boundary/PortfolioStore} reads them into a {@code control/Portfolio} in memory: once, then
 * before each dashboard only what the change log of V13 (written by database triggers) names; the
 * reference data every dashboard reads (countries, the Global South rule, exchange rates) are kept
 * beside it and read again when V14's triggers log a change to their tables. The
 * dashboard sums the selected projects in Java with the project list's filters
 * ({@code Portfolio.Selection}, tested against the same cases as the SQL); Derby took 2 to 9 seconds
 * for the same grouped queries at 50,000 projects under broad filters. The store's queries hold
 * plain columns and aggregates only: EclipseLink writes a statement with an expression in its
 * select list without parameters for Derby, where a boolean filter then fails.
 */
package org.tatracker.indicator;
