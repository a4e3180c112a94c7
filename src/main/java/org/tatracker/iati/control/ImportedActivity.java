package org.tatracker.iati.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What TA Tracker can take from one {@code <iati-activity>}: only values that passed the reader's
 * checks, with codes in their codelist's case (upper case; languages and media types lower case).
 * Every value the reader left out is named by a {@link Problem} instead. Codes stay IATI codes: the
 * facade that stores an activity maps them onto the tracker's own enums (for instance ActivityStatus
 * 2 to {@code IMPLEMENTATION}), and decides what to do with IATI values the tracker has no place for
 * (transaction types other than 1 to 4, budget status).
 *
 * @param iatiIdentifier never blank
 * @param reportingOrg the publisher; {@code null} if the file names none
 * @param defaultLanguage the activity's {@code xml:lang}, lower case, as the file gives it (not checked)
 * @param defaultCurrency the activity's {@code default-currency}, if known
 * @param title the English narrative if there is one, else the first; never blank
 * @param description of the general description (type 1, or the first if none is general), as the title
 * @param status an ActivityStatus code
 * @param countries ISO 3166-1 alpha-2 codes (IATI Country), with percentages
 * @param regions IATI Region codes (vocabulary 1), with percentages
 * @param sectors DAC 5-digit purpose codes (Sector, vocabulary 1), with percentages
 * @param sdgTargets SDG target codes such as {@code 16.3} (tags of vocabulary 3)
 * @param collaborationType a CollaborationType code
 * @param defaultAidTypes AidType codes (vocabulary 1)
 * @param path the activity's XPath in its file, such as {@code /iati-activities/iati-activity[3]}
 */
public record ImportedActivity(String iatiIdentifier, Organisation reportingOrg, String defaultLanguage, String defaultCurrency,
        String title, String description, String status, LocalDate plannedStart, LocalDate actualStart, LocalDate plannedEnd,
        LocalDate actualEnd, List<Share> countries, List<Share> regions, List<Share> sectors, List<String> sdgTargets,
        List<Marker> policyMarkers, String collaborationType, List<String> defaultAidTypes, List<Participant> participatingOrgs,
        List<Budget> budgets, List<Transaction> transactions, List<Result> results, List<DocumentLink> documents, String path) {

    public ImportedActivity {
        Objects.requireNonNull(iatiIdentifier, "iatiIdentifier");
        Objects.requireNonNull(title, "title");
        countries = copy(countries);
        regions = copy(regions);
        sectors = copy(sectors);
        sdgTargets = copy(sdgTargets);
        policyMarkers = copy(policyMarkers);
        defaultAidTypes = copy(defaultAidTypes);
        participatingOrgs = copy(participatingOrgs);
        budgets = copy(budgets);
        transactions = copy(transactions);
        results = copy(results);
        documents = copy(documents);
    }

    /** The reporting organisation: its identifier ({@code ref}), OrganisationType code and name. */
    public record Organisation(String ref, String type, String name) {
    }

    /** A participating organisation: name and/or ref, OrganisationType code (optional) and OrganisationRole code (1-4). */
    public record Participant(String name, String ref, String type, String role) {
    }

    /** A code with its share in percent; {@code null} when the file gives none (a single country, for instance). */
    public record Share(String code, BigDecimal percentage) {
    }

    /** A policy marker (vocabulary 1, OECD DAC) and its PolicySignificance code, if given. */
    public record Marker(String code, String significance) {
    }

    /** A budget: BudgetType code (1 original, 2 revised) and BudgetStatus code (1 indicative, 2 committed), each if given. */
    public record Budget(String type, String status, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String currency,
            LocalDate valueDate) {
    }

    /**
     * A transaction: {@code ref} the publisher's own reference, if any; {@code type} a TransactionType code (version-1 letters
     * mapped); {@code currency} its own or the activity's default; {@code valueDate} {@code null} if the file's was missing or
     * wrong (the tracker converts at the rate of the transaction date's year, so it does not need it).
     */
    public record Transaction(String ref, String type, LocalDate date, BigDecimal amount, String currency, LocalDate valueDate,
            String description, String providerName, String providerRef, String receiverName, String receiverRef) {
    }

    /** A result (ResultType code) and its indicators. */
    public record Result(String type, String title, List<Indicator> indicators) {

        public Result {
            indicators = copy(indicators);
        }
    }

    /**
     * An indicator: {@code measure} an IndicatorMeasure code (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative);
     * values of units and percentages are numbers, the others are kept as text.
     */
    public record Indicator(String title, String measure, Integer baselineYear, String baselineValue, List<Period> periods) {

        public Indicator {
            periods = copy(periods);
        }
    }

    /** A reporting period of an indicator with its targets and actuals: one per disaggregation. */
    public record Period(LocalDate start, LocalDate end, List<Value> targets, List<Value> actuals) {

        public Period {
            targets = copy(targets);
            actuals = copy(actuals);
        }

        /** The target for everyone (the one without dimension), if given. */
        public Value target() {
            return plain(targets);
        }

        /** The actual for everyone (the one without dimension), if given. */
        public Value actual() {
            return plain(actuals);
        }

        private static Value plain(List<Value> values) {
            return values.stream().filter(v -> v.dimensions().isEmpty()).findFirst().orElse(null);
        }
    }

    /** A target or actual value (as text; {@code null} if none given) for the dimensions it names, such as sex = female. */
    public record Value(String value, List<Dimension> dimensions) {

        public Value {
            dimensions = copy(dimensions);
        }

        /** The value as a number, or {@code null} if it is not one (nominal, ordinal and qualitative indicators). */
        public BigDecimal number() {
            return ActivityReader.decimal(value);
        }

        /** The value of the dimension named {@code name} (compared without regard to case), or {@code null}. */
        public String dimension(String name) {
            return dimensions.stream().filter(d -> d.name() != null && d.name().equalsIgnoreCase(name)).map(Dimension::value).findFirst()
                    .orElse(null);
        }
    }

    public record Dimension(String name, String value) {
    }

    /** A document: an absolute http(s) URL, its title and its media type (lower case). */
    public record DocumentLink(String url, String title, String format) {
    }

    /**
     * The sums of the transactions by TransactionType code and currency, for instance {@code {"2": {"EUR": 1000.00}, "3":
     * {"EUR": 250.00, "USD": 80}}}: what a round trip or an import summary compares.
     */
    public SortedMap<String, SortedMap<String, BigDecimal>> totalsByCurrency() {
        SortedMap<String, SortedMap<String, BigDecimal>> totals = new TreeMap<>();
        for (Transaction t : transactions) {
            totals.computeIfAbsent(t.type(), k -> new TreeMap<>()).merge(t.currency(), t.amount(), BigDecimal::add);
        }
        totals.replaceAll((k, v) -> Collections.unmodifiableSortedMap(v));
        return Collections.unmodifiableSortedMap(totals);
    }

    /** The sums of the transactions of one TransactionType code, by currency. */
    public Map<String, BigDecimal> totalsByCurrency(String transactionType) {
        return totalsByCurrency().getOrDefault(transactionType, Collections.emptySortedMap());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
