/**
 * IATI: projects out as IATI 2.03 activity files, and IATI activity files (2.01 to 2.03) in as
 * records the tracker can store. The feature owns the mapping between the tracker's projects and the
 * IATI Standard; it owns no data. {@code control/ActivityWriter} streams
 * {@code ProjectViews.Detail}s as {@code <iati-activity>} elements; {@code control/ActivityReader}
 * streams a file into {@code ImportedActivity} records and {@code Problem}s, checking codes through
 * the {@code Codes} interface, which the application backs with its code lists (list names are
 * IATI's: {@code Currency}, {@code Sector}, ... and {@code UNSDG-Targets}). Both are pure controls:
 * no container, no database, no transaction.
 * <p>
 * <b>Writing: decisions.</b>
 * <ul>
 * <li>The output validates against the official 2.03 schema (the tests check every shape of
 * project). A project the schema cannot carry (no identifier, title, status or date) is refused
 * before any byte of it is written; the file stays valid.</li>
 * <li>Reporting organisation: {@code reportingOrgRef}; its type is that of the partner with the same
 * IATI identifier, else 40 (multilateral: the tracker is run by a UN office; configurable through
 * the writer's constructor); its name the owner organisation's.</li>
 * <li>The schema requires a description and a participating organisation: a project without
 * description repeats its title; a project without partners names its reporting organisation as
 * accountable (role 2), the organisation that answers for the record.</li>
 * <li>{@code default-currency} is the first transaction's currency, else USD; every value still
 * carries its own currency. Budgets are written with status 1 (indicative): the tracker records
 * planned budgets, and binding commitments are its transactions of type 2. A budget's value date
 * is its period start, a transaction's its date.</li>
 * <li>Countries are written as ISO alpha-2 codes (IATI Country), looked up through a function the
 * caller gives (the country register has both codes); a region as vocabulary 1 (OECD DAC).</li>
 * <li>SDG targets of the list {@code sdg_target} become tags of vocabulary 3, its goals
 * ({@code G16}) tags of vocabulary 2. Collaboration type 1 (bilateral) for North-South and
 * South-South projects, 8 (bilateral, triangular co-operation) for triangular ones.</li>
 * <li>Aid types: one {@code default-aid-type} per distinct component aid type. A component without
 * one counts as D02 (other technical assistance) if technical or training, and as C01
 * (project-type interventions) if material: equipment, construction and renovation deliver goods
 * and works, not expertise, so they are not "technical assistance" in DAC terms, and C01 is what
 * bilateral donors report for such projects (the AECID sample uses it for 84 of its 100
 * activities).</li>
 * <li>Each result indicator becomes a result of type 1 (output) with one indicator of measure 1
 * (unit), since the tracker has no result level above its indicators. The unit, which IATI has no
 * attribute for, is stated in the indicator's description. Targets and actuals by sex are further
 * values with {@code <dimension name="sex" value="female|male"/>}.</li>
 * <li>What IATI cannot carry goes into elements of the namespace
 * {@code https://tatracker.org/ns/iati/1} (prefix {@code tat}). The schema admits foreign
 * elements ({@code xsd:any namespace="##other"}) at the end of nearly every element's content:
 * of {@code iati-activity} (after {@code fss}), of {@code participating-org} (after its
 * narratives), of {@code indicator} (after its periods) and others. The writer uses three of
 * them: partners' SSC roles, countries and non-monetary contributions inside their
 * {@code participating-org}; each indicator's id, sex flag and unit inside its {@code indicator};
 * everything else at the end of the activity: the project's own code and modality, its other code
 * lists (Congress topics, standards, conventions), theory of change, sustainability signals,
 * components with their training events and equipment items (maintenance and checks), and the
 * needs it answers. Codes in {@code tat:} elements are the tracker's enum names in lower case, as
 * in its JSON.</li>
 * <li>Not published: people's names (who recorded a project or linked a need), the wording,
 * priority and status of assessed needs (an assessment may be confidential: a need link carries
 * only the need's and assessment's ids, the extent and the note), USD conversions (derived, not
 * facts), the reader's permissions and warnings.</li>
 * </ul>
 * <b>Reading: decisions.</b>
 * <ul>
 * <li>Safe first: no DTD, no entity expansion, no external access. A file with a {@code DOCTYPE}
 * is refused unread; so is a file of a version other than 2.01 to 2.03.</li>
 * <li>Strict about what it keeps: a value that fails its codelist or the IATI rules is left out
 * and a {@code Problem} says where (an XPath) and why. Codes are compared without regard to case;
 * withdrawn codes count as known (historic files use them, and the tracker keeps withdrawn codes
 * so that old records stay readable); version-1 codes are mapped where IATI's upgrade is
 * unambiguous.</li>
 * <li>Percentages follow IATI's own rule (countries and regions together, DAC sectors per
 * vocabulary; one alone 100 or absent; several all given and totalling 100 within 0.01); a group
 * that breaks it keeps its codes without percentages (a warning: the importer shares the
 * codes out again). Negative transaction values are kept as corrections; negative budgets are
 * refused.</li>
 * <li>Only what the tracker has a place for is kept: DAC 5-digit sectors, OECD DAC regions, SDG
 * target tags, DAC policy markers and aid types of vocabulary 1; other vocabularies are skipped
 * without a problem, since they are valid IATI. Transaction types beyond 1 to 4 and budget
 * statuses are kept as IATI codes for the storing facade to decide.</li>
 * </ul>
 * <b>Importing: decisions</b> ({@code boundary/IatiImports}, {@code control/ImportPlan}).
 * <ul>
 * <li>All or nothing per file, in one transaction; a preview runs the very same import and rolls
 * it back, so it counts exactly what the import would do. An error (the reader's, a project rule,
 * the access policy) stops the file; a warning does not.</li>
 * <li>An activity whose identifier the tracker has updates that project, only if its IATI facts
 * changed (so a second import of a file changes nothing); the tracker's own additions stay.</li>
 * <li>Imported projects keep the publisher's identifier as it is, and their source file,
 * publisher and import date; each imported file is logged ({@code iati_import}).</li>
 * <li>Extension elements of the namespace {@code https://tatracker.org/ns/iati/1} (the tracker's
 * own exports) are not read back yet: a round trip through IATI keeps what IATI carries.</li>
 * </ul>
 */
package org.tatracker.iati;
