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
 * </ul>
 */
package org.tatracker.indicator;
