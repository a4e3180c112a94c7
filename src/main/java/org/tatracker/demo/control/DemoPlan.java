package org.tatracker.demo.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.tatracker.assessment.entity.Assessment;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.AssistanceKind;
import org.tatracker.assessment.entity.Framework;
import org.tatracker.assessment.entity.Need;
import org.tatracker.assessment.entity.NeedCategory;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.assessment.entity.Source;
import org.tatracker.assessment.entity.TeamMember;
import org.tatracker.assessment.entity.TeamRole;
import org.tatracker.assessment.entity.ValidationMethod;
import org.tatracker.country.entity.Country;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.entity.Component;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Contribution;
import org.tatracker.project.entity.ContributionKind;
import org.tatracker.project.entity.CountryShare;
import org.tatracker.project.entity.EquipmentItem;
import org.tatracker.project.entity.InstitutionCount;
import org.tatracker.project.entity.LawAdopted;
import org.tatracker.project.entity.LinkExtent;
import org.tatracker.project.entity.MaterialKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.OperationalCheck;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.PolicyMarkerRef;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.SectorShare;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.Sustainability;
import org.tatracker.project.entity.TheoryOfChange;
import org.tatracker.project.entity.TrainingEvent;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;
import org.tatracker.project.entity.Transaction;
import org.tatracker.project.entity.TransactionType;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.entity.Organisation;

/**
 * The plan of the synthetic demo data (issue #6): how many records a scale gives, and each record drawn from a random
 * generator seeded with the plan's seed and the record's index alone, so that record {@code i} is the same whichever run
 * makes it and whatever the scale of that run. Pure: no container, no database; the facade hands it the countries and
 * organisations as entities ({@link Lookups}) and persists what {@link #toAssessment} and {@link #toProject} build
 * through the entities' own constructors and methods.
 * <p>
 * Scale 1 gives {@value #ASSESSMENTS_AT_ONE} assessments, {@value #NEEDS_PER_ASSESSMENT} needs per assessment on
 * average, {@value #PROJECTS_AT_ONE} projects and {@value #TRANSACTIONS_PER_PROJECT} transactions per project on average;
 * every count scales linearly, rounded, at least 1. The number of needs (and transactions) varies from record to record
 * but sums to exactly 10 (20) per record over every block of {@value #BLOCK} consecutive records, so the totals are exact
 * whenever the record count is a multiple of {@value #BLOCK} (scales 1 and 0.01 among them); {@link #counts} gives them
 * exactly for any scale.
 * <p>
 * Countries: the recipients are the Global South members of the United Nations ({@link Place#southern()}, as the
 * application classifies them), the demo accounts' countries ({@link #FEATURED}) first and the others in a seeded order.
 * A scale puts the first {@code min(southern, max(10, round(193 × 20 × scale)))} of them in play (39 at 0.01, all from
 * about 0.04); a record draws from the countries in play at the smallest scale that has it, and a record that brings a
 * new country into play takes that country, so that a larger scale adds countries without changing earlier records.
 * Providers may be any member: Southern providers in South-South and triangular cooperation, the {@value #DONORS}
 * donors (based in the first Northern members of the seeded order) and the development agencies of the Northern
 * members that facilitate triangular cooperation or co-fund, so that at full scale all 193 members take part.
 */
public final class DemoPlan {

    /** The seed of the demo data; another seed gives other, equally plausible, data. */
    public static final long DEFAULT_SEED = 6L;
    public static final double MAX_SCALE = 10.0;
    public static final int ASSESSMENTS_AT_ONE = 20_000;
    public static final int NEEDS_PER_ASSESSMENT = 10;
    public static final int PROJECTS_AT_ONE = 50_000;
    public static final int TRANSACTIONS_PER_PROJECT = 20;
    /** The countries of the recipient formula: the 193 member states of the United Nations. */
    public static final int COUNTRIES = 193;
    /** Records whose needs (transactions) sum to exactly the average: the rounding unit of the exact totals. */
    public static final int BLOCK = 10;
    static final int MIN_COUNTRIES = 10;

    /** How every synthetic record says what it is. */
    public static final String TITLE_MARK = "[synthetic] ";
    public static final String NAME_MARK = " (synthetic)";
    /** The reporting organisation of the synthetic projects: their IATI identifiers are {@code XX-SYNTH-P000123}. */
    public static final String REPORTING_ORG = "XX-SYNTH";
    /** The request reference that identifies synthetic assessment {@code i}: {@code SYNTH-A000123}. */
    public static final String ASSESSMENT_REFERENCE = "SYNTH-A";
    public static final String PROJECT_CODE = "P";
    /** Who the synthetic records say recorded them and took their workflow steps. */
    public static final String AUTHOR = "demo-data";
    /** The date the synthetic history runs up to: projects under way span it, closed ones ended before it. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    public static final int FIELD_OFFICES = 20;
    public static final int DONORS = 40;
    public static final int IMPLEMENTERS = 120;

    /** The 193 member states of the United Nations, by ISO 3166 alpha-3 code. */
    public static final List<String> UN_MEMBERS = List.of("AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE",
            "BDI", "BEL", "BEN", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN", "BTN", "BWA", "CAF",
            "CAN", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM", "CPV", "CRI", "CUB", "CYP", "CZE", "DEU", "DJI", "DMA",
            "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESP", "EST", "ETH", "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA", "GIN",
            "GMB", "GNB", "GNQ", "GRC", "GRD", "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN", "IND", "IRL", "IRN", "IRQ", "ISL", "ISR",
            "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
            "LKA", "LSO", "LTU", "LUX", "LVA", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG",
            "MOZ", "MRT", "MUS", "MWI", "MYS", "NAM", "NER", "NGA", "NIC", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER",
            "PHL", "PLW", "PNG", "POL", "PRK", "PRT", "PRY", "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SLB", "SLE", "SLV",
            "SMR", "SOM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN", "SWE", "SWZ", "SYC", "SYR", "TCD", "TGO", "THA", "TJK", "TKM", "TLS",
            "TON", "TTO", "TUN", "TUR", "TUV", "TZA", "UGA", "UKR", "URY", "USA", "UZB", "VCT", "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF",
            "ZMB", "ZWE");

    /** The countries of the demo accounts (SecurityBootstrap): first in the recipient order, so their pages fill at any scale. */
    public static final List<String> FEATURED = List.of("KEN", "MOZ", "PER", "UGA", "TZA");

    /** A member state as the plan sees it: code, English name, and whether the Global South rule counts it as Southern. */
    public record Place(String iso3, String name, boolean southern) {
    }

    /**
     * What a scale gives. {@code recipientCountries} is the number of recipient countries in play; {@code needs} and
     * {@code transactions} are exact.
     */
    public record Counts(double scale, int recipientCountries, int assessments, long needs, int projects, long transactions) {
    }

    /** What the builders need from the database: entities and the application's USD conversion. */
    public interface Lookups {
        Country country(String iso3);

        Organisation fieldOffice(int number);

        Organisation donor(int number);

        /** The value in USD at the application's rate for the date (empty when no rate is known). */
        Optional<UsdValue> usd(Money value, LocalDate date);
    }

    /** A synthetic organisation with accounts' kind of record: a field office or a donor, numbered from 1. */
    public record Office(int number, String name, String countryIso3) {
    }

    private enum Stream {
        ORDER, ASSESSMENT, NEED_BLOCK, PROJECT, TRANSACTION_BLOCK, LINKS
    }

    private final long seed;
    private final List<Place> recipients;
    private final List<Place> northern;
    private final List<Place> all;
    private final Map<String, Integer> recipientIndex = new HashMap<>();

    /**
     * @param places the member states the database has, with their classification; others than {@link #UN_MEMBERS} are
     *               left out. At least one Southern member is needed.
     */
    public DemoPlan(long seed, Collection<Place> places) {
        this.seed = seed;
        Map<String, Place> byCode = new HashMap<>();
        for (Place p : places) {
            if (UN_MEMBERS.contains(p.iso3())) {
                byCode.put(p.iso3(), p);
            }
        }
        List<Place> south = new ArrayList<>();
        List<Place> north = new ArrayList<>();
        new TreeSet<>(byCode.keySet()).forEach(code -> (byCode.get(code).southern() ? south : north).add(byCode.get(code)));
        if (south.isEmpty()) {
            throw new IllegalArgumentException("the demo data need at least one Southern member state as a recipient");
        }
        List<Place> featured = new ArrayList<>();
        for (String code : FEATURED) {
            Place p = byCode.get(code);
            if (p != null && p.southern()) {
                featured.add(p);
                south.remove(p);
            }
        }
        Collections.shuffle(south, rng(Stream.ORDER, 1));
        featured.addAll(south);
        this.recipients = List.copyOf(featured);
        Collections.shuffle(north, rng(Stream.ORDER, 2));
        // Without Northern members (a classification that counts everyone as Southern), donors sit in recipient countries.
        this.northern = north.isEmpty() ? recipients : List.copyOf(north);
        List<Place> everyone = new ArrayList<>(byCode.values());
        everyone.sort(java.util.Comparator.comparing(Place::iso3));
        this.all = List.copyOf(everyone);
        for (int k = 0; k < recipients.size(); k++) {
            recipientIndex.put(recipients.get(k).iso3(), k);
        }
    }

    // ---- scale and counts ----

    /** The scale, if it is one the generator accepts: more than 0 and at most 10. */
    public static double requireScale(double scale) {
        if (Double.isNaN(scale) || scale <= 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be more than 0 and at most " + (int) MAX_SCALE + " (1 = "
                    + String.format(Locale.ROOT, "%,d", ASSESSMENTS_AT_ONE) + " assessments and "
                    + String.format(Locale.ROOT, "%,d", PROJECTS_AT_ONE) + " projects); it is " + scale);
        }
        return scale;
    }

    /** {@code atOne × scale}, rounded, at least 1. */
    public static int count(int atOne, double scale) {
        return (int) Math.max(1, Math.round(atOne * requireScale(scale)));
    }

    public Counts counts(double scale) {
        int assessments = count(ASSESSMENTS_AT_ONE, scale);
        int projects = count(PROJECTS_AT_ONE, scale);
        return new Counts(scale, recipientCountries(scale), assessments, needs(assessments), projects, transactions(projects));
    }

    /** The recipient countries in play at a scale: {@code min(southern, max(10, round(193 × 20 × scale)))}. */
    public int recipientCountries(double scale) {
        return (int) Math.min(recipients.size(), Math.max(MIN_COUNTRIES, Math.round(COUNTRIES * 20.0 * scale)));
    }

    /** The needs of the first {@code assessments} assessments. */
    public long needs(int assessments) {
        return sum(assessments, NEEDS_PER_ASSESSMENT, this::needCount);
    }

    /** The transactions of the first {@code projects} projects. */
    public long transactions(int projects) {
        return sum(projects, TRANSACTIONS_PER_PROJECT, this::transactionCount);
    }

    private static long sum(int records, int average, java.util.function.IntUnaryOperator each) {
        long full = (long) (records / BLOCK) * BLOCK * average;
        for (int i = records / BLOCK * BLOCK; i < records; i++) {
            full += each.applyAsInt(i);
        }
        return full;
    }

    /** Needs of assessment {@code i}: 5 to 15. */
    public int needCount(int i) {
        return NEEDS_PER_ASSESSMENT + blockOffset(Stream.NEED_BLOCK, i, 5);
    }

    /** Transactions of project {@code i}: 8 to 32. */
    public int transactionCount(int i) {
        return TRANSACTIONS_PER_PROJECT + blockOffset(Stream.TRANSACTION_BLOCK, i, 12);
    }

    /** Offsets from the average that cancel out over the block of {@code i}: pairs of +d and -d, shuffled. */
    private int blockOffset(Stream stream, int i, int maxDelta) {
        Random r = rng(stream, i / BLOCK);
        int[] offsets = new int[BLOCK];
        for (int k = 0; k + 1 < BLOCK; k += 2) {
            int d = r.nextInt(maxDelta + 1);
            offsets[k] = d;
            offsets[k + 1] = -d;
        }
        for (int k = BLOCK - 1; k > 0; k--) {
            int j = r.nextInt(k + 1);
            int t = offsets[k];
            offsets[k] = offsets[j];
            offsets[j] = t;
        }
        return offsets[i % BLOCK];
    }

    // ---- deterministic draws ----

    /** The generator of record {@code index} of a stream: a function of the seed, the stream and the index only. */
    private Random rng(Stream stream, long index) {
        return new Random(mix(seed, stream.ordinal() + 1L, index));
    }

    /** SplitMix64 over the three numbers, so that neighbouring seeds and indexes give unrelated generators. */
    static long mix(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The recipient countries in play for record {@code i} of a kind that has {@code atOne} records at scale 1. */
    int pool(int i, int atOne) {
        double smallestScale = (i + 0.5) / atOne;
        return (int) Math.min(recipients.size(), Math.max(MIN_COUNTRIES, Math.round(COUNTRIES * 20.0 * smallestScale)));
    }

    /** The recipient (its place in the order) of record {@code i}: the country it brings into play, if any, else any in play. */
    private int recipient(Random r, int i, int atOne) {
        int pool = pool(i, atOne);
        int drawn = r.nextInt(pool);
        if (i < Math.min(pool, MIN_COUNTRIES)) {
            return i;
        }
        return pool > pool(i - 1, atOne) ? pool - 1 : drawn;
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    /** One of {@code values} with the given weights (any positive numbers). */
    private static <T> T weighted(Random r, List<T> values, int... weights) {
        int total = Arrays.stream(weights).sum();
        int x = r.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return values.get(k);
            }
        }
        return values.get(values.size() - 1);
    }

    private static <T> Set<T> some(Random r, List<T> values, int min, int max) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, r);
        return new LinkedHashSet<>(copy.subList(0, Math.min(copy.size(), min + r.nextInt(max - min + 1))));
    }

    private static LocalDate between(Random r, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays((long) (r.nextDouble() * (days + 1)));
    }

    private static Instant at(LocalDate date, Random r) {
        return date.atTime(8 + r.nextInt(9), r.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** An amount of whole hundreds between {@code from} and {@code to}, spread log-uniformly (many small, some large). */
    private static BigDecimal logUniform(Random r, double from, double to) {
        double x = Math.exp(Math.log(from) + r.nextDouble() * (Math.log(to) - Math.log(from)));
        return BigDecimal.valueOf(Math.round(x / 100) * 100).setScale(2);
    }

    private static BigDecimal percent(Random r, int from, int to) {
        return BigDecimal.valueOf(from + r.nextInt(to - from + 1)).setScale(2);
    }

    // ---- names ----

    public static String assessmentReference(int i) {
        return String.format(Locale.ROOT, "%s%06d", ASSESSMENT_REFERENCE, i);
    }

    public static String projectCode(int i) {
        return String.format(Locale.ROOT, "%s%06d", PROJECT_CODE, i);
    }

    /** The index of a synthetic assessment's request reference, or -1 when it is not one. */
    public static int assessmentIndex(String reference) {
        return index(reference, ASSESSMENT_REFERENCE);
    }

    /** The index of a synthetic project's own code, or -1 when it is not one. */
    public static int projectIndex(String ownCode) {
        return index(ownCode, PROJECT_CODE);
    }

    private static int index(String code, String prefix) {
        if (code == null || !code.startsWith(prefix) || code.length() != prefix.length() + 6) {
            return -1;
        }
        try {
            return Integer.parseInt(code.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static String fieldOfficeName(int number) {
        return "Field office " + number + NAME_MARK;
    }

    public static String donorName(int number) {
        return "Donor " + number + NAME_MARK;
    }

    public static String implementerName(int number) {
        return "Implementing partner " + number + NAME_MARK;
    }

    /** The field offices: office {@code n} sits in the {@code n}th recipient country and leads in every 20th after it. */
    public List<Office> fieldOffices() {
        List<Office> offices = new ArrayList<>();
        for (int n = 1; n <= FIELD_OFFICES; n++) {
            offices.add(new Office(n, fieldOfficeName(n), recipients.get((n - 1) % recipients.size()).iso3()));
        }
        return offices;
    }

    /** The donors, each based in a Northern member state. */
    public List<Office> donors() {
        List<Office> donors = new ArrayList<>();
        for (int n = 1; n <= DONORS; n++) {
            donors.add(new Office(n, donorName(n), northern.get((n - 1) % northern.size()).iso3()));
        }
        return donors;
    }

    private int officeFor(int recipient) {
        return recipient % FIELD_OFFICES + 1;
    }

    /** The recipient countries in their order (featured first). */
    public List<Place> recipients() {
        return recipients;
    }

    /** Every code the plan writes, by code list, so that a run can check them against the application's lists first. */
    public static Map<String, Set<String>> codesUsed() {
        Map<String, Set<String>> used = new LinkedHashMap<>();
        used.put("cjat_tool", new TreeSet<>(CJAT_TOOLS.keySet()));
        used.put("assessment_method", new TreeSet<>(METHODS));
        used.put("congress_topic", new TreeSet<>(List.of("ITEM2", "ITEM4", "WS2", "WS4")));
        used.put("target_institution", new TreeSet<>(INSTITUTIONS.keySet()));
        used.put("target_group", new TreeSet<>(GROUPS));
        used.put("sn_cluster", new TreeSet<>(STANDARDS));
        used.put("convention", new TreeSet<>(CONVENTIONS));
        used.put("sdg_target", new TreeSet<>(SDG_TARGETS));
        used.put("Sector", new TreeSet<>(SECTORS.keySet()));
        used.put("AidType", new TreeSet<>(List.of("C01", "D01", "D02", "E01")));
        used.put("OrganisationType", new TreeSet<>(List.of("10", "21", "22", "40", "80")));
        used.put("Currency", new TreeSet<>(CURRENCIES));
        used.put("PolicyMarker", new TreeSet<>(List.of("1")));
        used.put("PolicySignificance", new TreeSet<>(List.of("1", "2")));
        return used;
    }

    // ---- code lists the data draw from ----

    static final Map<String, String> CJAT_TOOLS = orderedMap("1.1", "public safety and police service delivery", "1.2",
            "police integrity and accountability", "1.3", "crime investigation", "1.4", "police information and intelligence systems", "1.5",
            "forensic services", "2.1", "the courts", "2.2", "judicial independence and integrity", "2.3", "the prosecution service", "2.4",
            "legal defence and legal aid", "3.1", "the prison system", "3.2", "pre-trial detention", "3.3", "alternatives to incarceration",
            "3.4", "social reintegration", "4.1", "criminal justice information", "4.2", "juvenile justice", "4.3", "victims and witnesses",
            "4.4", "international cooperation", "4.5", "gender in the criminal justice system");
    static final List<String> METHODS = List.of("DESK_REVIEW", "INTERVIEWS", "SITE_VISIT", "STATISTICS", "SURVEY", "WORKSHOP",
            "SELF_ASSESSMENT");
    static final Map<String, String> INSTITUTIONS = orderedMap("POLICE", "the national police", "PROSECUTION", "the prosecution service",
            "COURTS", "the courts", "PRISONS", "the prison service", "LEGAL_AID", "legal aid providers", "VICTIM_SERVICES",
            "victim support services", "FIU", "the financial intelligence unit", "BORDER_CUSTOMS", "border and customs agencies",
            "TRAINING_ACADEMY", "the national training academy", "MINISTRY_JUSTICE", "the Ministry of Justice", "MINISTRY_INTERIOR",
            "the Ministry of the Interior", "ANTI_CORRUPTION_BODY", "the anti-corruption body", "FORENSIC_SERVICES", "forensic services",
            "CSO", "civil society organizations");
    static final List<String> GROUPS = List.of("WOMEN", "CHILDREN", "YOUTH", "VICTIMS", "MIGRANTS", "PERSONS_DEPRIVED_OF_LIBERTY",
            "PERSONS_WITH_DISABILITIES");
    static final List<String> STANDARDS = List.of("CUST.MANDELA", "CUST.TOKYO", "CUST.BANGKOK", "CUST.BEIJING", "INTL.MLA",
            "INTL.EXTRADITION", "PREV.CRIME_PREVENTION", "PREV.VICTIMS", "GOV.JUDICIARY", "GOV.PROSECUTORS", "GOV.LAW_ENFORCEMENT",
            "GOV.LEGAL_AID");
    static final List<String> CONVENTIONS = List.of("UNTOC", "UNTOC.TIP", "UNTOC.SOM", "UNTOC.FIR", "UNCAC", "C1988");
    static final List<String> SDG_TARGETS = List.of("16.1", "16.2", "16.3", "16.4", "16.5", "16.6", "16.a", "5.2", "17.9");
    /** DAC purpose codes of groups 151, 152 and 160 that justice and security projects use, with the theme a title names. */
    static final Map<String, String> SECTORS = orderedMap("15130", "Legal and judicial development", "15131",
            "Justice sector policy and planning", "15132", "Police reform and investigations", "15134", "Judicial affairs and court management",
            "15137", "Prison reform", "15113", "Anti-corruption institutions", "15136", "Border and immigration management", "15160",
            "Human rights in criminal justice", "15180", "Ending violence against women and girls", "15190", "Safe and orderly migration",
            "15210", "Security sector reform", "15220", "Conflict prevention and community security", "15240",
            "Reintegration and small arms control", "16063", "Drug control and counter-narcotics");
    static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "NOK", "SEK", "JPY", "BRL");
    /** Rough units per US dollar, only to size amounts in each currency; conversion uses the application's rates. */
    private static final double[] UNITS_PER_USD = {1, 0.9, 0.8, 10.5, 10.5, 140, 5.2};

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            map.put(pairs[k], pairs[k + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    // ---- assessments ----

    /** What the link choice needs of an assessment: drawn first, so cheap to draw alone. */
    public record AssessmentHeader(int index, int recipient, AssessmentStatus status, LocalDate missionStart) {
    }

    /** Assessment {@code i}: its country, lead office, content, needs and workflow. */
    public record AssessmentDraw(int index, String reference, String countryIso3, int fieldOffice, AssessmentStatus status,
            Assessment.Content content, List<Need.NeedContent> needs, Instant createdAt, Instant submittedAt, Instant sharedAt,
            Instant decidedAt, LocalDate validatedOn, ValidationMethod validationMethod, String signatory, String disputeReason) {
    }

    public AssessmentHeader header(int i) {
        return header(i, rng(Stream.ASSESSMENT, i));
    }

    private AssessmentHeader header(int i, Random r) {
        int recipient = recipient(r, i, ASSESSMENTS_AT_ONE);
        AssessmentStatus status = weighted(r, List.of(AssessmentStatus.VALIDATED, AssessmentStatus.SHARED, AssessmentStatus.SUBMITTED,
                AssessmentStatus.DRAFT, AssessmentStatus.DISPUTED), 65, 9, 8, 10, 8);
        LocalDate start = switch (status) {
            case VALIDATED, DISPUTED -> between(r, LocalDate.of(2012, 1, 9), LocalDate.of(2025, 9, 30));
            case SHARED, SUBMITTED -> between(r, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 1, 31));
            default -> between(r, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 15));
        };
        return new AssessmentHeader(i, recipient, status, start);
    }

    public AssessmentDraw assessment(int i) {
        Random r = rng(Stream.ASSESSMENT, i);
        AssessmentHeader h = header(i, r);
        Place country = recipients.get(h.recipient());
        Framework framework = weighted(r, List.of(Framework.CJAT, Framework.UNTOC_RM, Framework.UNCAC_IRM, Framework.NATIONAL,
                Framework.OTHER), 45, 20, 20, 10, 5);
        LocalDate missionStart = h.missionStart();
        LocalDate missionEnd = missionStart.plusDays(4 + r.nextInt(17));
        LocalDate requestDate = missionStart.minusDays(30 + r.nextInt(150));
        String reference = assessmentReference(i);
        List<String> tools = new ArrayList<>(some(r, new ArrayList<>(CJAT_TOOLS.keySet()), 2, 4));
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        codes.put("cjat_tool", new TreeSet<>(tools));
        codes.put("assessment_method", new TreeSet<>(some(r, METHODS, 2, 4)));
        if (r.nextInt(3) > 0) {
            codes.put("congress_topic", new TreeSet<>(some(r, List.of("ITEM2", "ITEM4", "WS2", "WS4"), 1, 2)));
        }
        String label = switch (framework) {
            case CJAT -> "Criminal justice assessment";
            case UNTOC_RM -> "Organized crime convention review: needs";
            case UNCAC_IRM -> "Anti-corruption review: needs";
            case NATIONAL -> "National self-assessment";
            case OTHER -> "Needs assessment";
        };
        String title = TITLE_MARK + label + " of " + country.name() + ", " + missionStart.getYear() + " (A" + String.format(Locale.ROOT,
                "%06d", i) + ")";
        List<TeamMember> team = new ArrayList<>();
        int members = 2 + r.nextInt(3);
        for (int m = 1; m <= members; m++) {
            TeamRole role = m == 1 ? TeamRole.ASSESSOR : weighted(r, List.of(TeamRole.ASSESSOR, TeamRole.PEER_REVIEWER, TeamRole.EXPERT), 2,
                    framework == Framework.UNTOC_RM || framework == Framework.UNCAC_IRM ? 3 : 1, 2);
            String peerCountry = role == TeamRole.PEER_REVIEWER ? pick(r, all).iso3() : null;
            team.add(new TeamMember("Team member " + (i * 5 + m) + NAME_MARK, role == TeamRole.PEER_REVIEWER ? "Peer reviewing State"
                    + NAME_MARK : fieldOfficeName(officeFor(h.recipient())), peerCountry, role));
        }
        List<Source> sources = new ArrayList<>();
        int sourceCount = 1 + r.nextInt(3);
        for (int s = 0; s < sourceCount; s++) {
            String[] source = pick(r, new String[] {"National crime statistics", "statistics"}, new String[] {"Interviews with prosecutors",
                    "interviews"}, new String[] {"Prison census", "statistics"}, new String[] {"Survey of court users", "survey"},
                    new String[] {"Criminal procedure code", "legislation"}, new String[] {"Annual report of the police", "report"});
            sources.add(new Source(TITLE_MARK + source[0] + ", " + (missionStart.getYear() - r.nextInt(3)), source[1],
                    missionStart.minusDays(r.nextInt(400))));
        }
        String findings = TITLE_MARK + "The mission found gaps in " + tools.stream().map(CJAT_TOOLS::get).reduce((a, b) -> a + ", " + b)
                .orElse("") + ". These findings are synthetic demo data.";
        String recommendations = TITLE_MARK + "Prioritise the high-priority needs below with the national counterparts.";
        Assessment.Content content = new Assessment.Content(title, framework, codes, "Ministry of Justice of " + country.name() + NAME_MARK,
                reference, requestDate, "National criminal justice coordination body of " + country.name() + NAME_MARK,
                "Focal point " + (i + 1) + NAME_MARK, team, sources, missionStart, missionEnd, findings, recommendations, r.nextInt(10) < 7);
        List<Need.NeedContent> needs = new ArrayList<>();
        int n = needCount(i);
        for (int k = 0; k < n; k++) {
            needs.add(need(r, tools));
        }
        Instant created = at(missionEnd.plusDays(1 + r.nextInt(20)), r);
        Instant submitted = null;
        Instant shared = null;
        Instant decided = null;
        LocalDate validatedOn = null;
        ValidationMethod method = null;
        String signatory = null;
        String reason = null;
        if (h.status() != AssessmentStatus.DRAFT) {
            submitted = created.plus(10 + r.nextInt(40), ChronoUnit.DAYS);
            if (h.status() != AssessmentStatus.SUBMITTED) {
                shared = submitted.plus(5 + r.nextInt(25), ChronoUnit.DAYS);
                if (h.status() == AssessmentStatus.VALIDATED) {
                    decided = shared.plus(15 + r.nextInt(75), ChronoUnit.DAYS);
                    validatedOn = decided.atZone(ZoneOffset.UTC).toLocalDate();
                    method = r.nextInt(3) == 0 ? ValidationMethod.LETTER : ValidationMethod.WORKSHOP;
                    signatory = "Permanent Secretary, Ministry of Justice of " + country.name() + NAME_MARK;
                } else if (h.status() == AssessmentStatus.DISPUTED) {
                    decided = shared.plus(15 + r.nextInt(75), ChronoUnit.DAYS);
                    reason = TITLE_MARK + pick(r, "The government asks for the findings on pre-trial detention to be reviewed.",
                            "The statistics used predate the latest reform; the government asks for newer figures.",
                            "The priorities do not reflect the national justice sector strategy.");
                }
            }
        }
        return new AssessmentDraw(i, reference, country.iso3(), officeFor(h.recipient()), h.status(), content, needs, created, submitted,
                shared, decided, validatedOn, method, signatory, reason);
    }

    private Need.NeedContent need(Random r, List<String> tools) {
        String tool = pick(r, tools);
        NeedCategory category = weighted(r, List.of(NeedCategory.CAPACITY, NeedCategory.INSTITUTIONAL, NeedCategory.LEGISLATIVE,
                NeedCategory.EQUIPMENT, NeedCategory.DATA, NeedCategory.INTERNATIONAL_COOPERATION), 30, 20, 12, 15, 13, 10);
        Priority priority = weighted(r, List.of(Priority.HIGH, Priority.MEDIUM, Priority.LOW), 35, 40, 25);
        Set<AssistanceKind> kinds = EnumSet.noneOf(AssistanceKind.class);
        switch (category) {
            case CAPACITY -> {
                kinds.add(AssistanceKind.TRAINING);
                if (r.nextBoolean()) {
                    kinds.add(AssistanceKind.TECHNICAL);
                }
            }
            case EQUIPMENT -> {
                kinds.add(AssistanceKind.MATERIAL);
                if (r.nextInt(3) == 0) {
                    kinds.add(AssistanceKind.TRAINING);
                }
            }
            case DATA -> {
                kinds.add(AssistanceKind.TECHNICAL);
                if (r.nextBoolean()) {
                    kinds.add(AssistanceKind.MATERIAL);
                }
            }
            case INTERNATIONAL_COOPERATION, INSTITUTIONAL -> {
                kinds.add(AssistanceKind.TECHNICAL);
                if (r.nextBoolean()) {
                    kinds.add(AssistanceKind.TRAINING);
                }
            }
            default -> kinds.add(AssistanceKind.TECHNICAL);
        }
        List<String> institutionCodes = new ArrayList<>(INSTITUTIONS.keySet());
        Set<String> institutions = some(r, institutionCodes, 1, 2);
        String who = INSTITUTIONS.get(institutions.iterator().next());
        String area = CJAT_TOOLS.get(tool);
        String description = TITLE_MARK + switch (category) {
            case CAPACITY -> "Train " + who + " in " + area + pick(r, ": specialised courses and mentoring.", ": a national training plan.",
                    ": training of trainers for the national academy.");
            case INSTITUTIONAL -> "Strengthen the organisation of " + who + " for " + area + pick(r, ": procedures and oversight.",
                    ": a coordination mechanism.", ": case management.");
            case LEGISLATIVE -> "Bring the law on " + area + " in line with international standards" + pick(r, ".",
                    ": draft amendments.", ": implementing regulations.");
            case EQUIPMENT -> "Equip " + who + " for " + area + pick(r, ": vehicles and communications.", ": laboratory equipment.",
                    ": renovated premises.", ": IT systems.");
            case DATA -> "Improve data on " + area + pick(r, ": a case management system.", ": crime statistics by sex and age.",
                    ": an information-sharing platform.");
            case INTERNATIONAL_COOPERATION -> "Improve international cooperation of " + who + pick(r, ": mutual legal assistance.",
                    ": extradition procedures.", ": joint investigation teams.");
        };
        Map<String, Set<String>> references = new LinkedHashMap<>();
        references.put("target_institution", new TreeSet<>(institutions));
        if (r.nextInt(3) == 0) {
            references.put("target_group", Set.of(pick(r, GROUPS)));
        }
        if (r.nextInt(3) == 0) {
            references.put("sn_cluster", Set.of(pick(r, STANDARDS)));
        }
        if (r.nextInt(4) == 0) {
            references.put("convention", Set.of(pick(r, CONVENTIONS)));
        }
        references.put("sdg_target", Set.of(pick(r, SDG_TARGETS)));
        Money cost = r.nextInt(100) < 80 ? new Money(logUniform(r, 20_000, 2_000_000).setScale(-3, RoundingMode.HALF_EVEN).setScale(2),
                r.nextInt(100) < 65 ? "USD" : "EUR", "cost") : null;
        return new Need.NeedContent(tool, description, kinds, category, priority, references, cost);
    }

    /** Builds assessment {@code d} through the entity: created, its needs added, and its workflow taken step by step. */
    public static Assessment toAssessment(AssessmentDraw d, Lookups lookups) {
        Assessment a = new Assessment(lookups.country(d.countryIso3()), lookups.fieldOffice(d.fieldOffice()), d.content(), AUTHOR,
                d.createdAt());
        d.needs().forEach(a::addNeed);
        if (d.submittedAt() != null) {
            a.submit(AUTHOR, d.submittedAt());
        }
        if (d.sharedAt() != null) {
            a.share(AUTHOR, d.sharedAt());
        }
        if (d.status() == AssessmentStatus.VALIDATED) {
            a.validate(AUTHOR, d.decidedAt(), d.validatedOn(), d.validationMethod(), d.signatory());
        } else if (d.status() == AssessmentStatus.DISPUTED) {
            a.dispute(AUTHOR, d.decidedAt(), d.disputeReason());
        }
        return a;
    }

    // ---- the assessments projects link to ----

    /**
     * The validated assessments among the first {@code assessments}, by recipient country: where projects find the needs
     * they answer. Built once per run; immutable.
     */
    public final class AssessmentIndex {
        private final int size;
        private final Map<Integer, List<AssessmentHeader>> byRecipient = new HashMap<>();

        private AssessmentIndex(int size) {
            this.size = size;
            for (int j = 0; j < size; j++) {
                AssessmentHeader h = header(j);
                if (h.status() == AssessmentStatus.VALIDATED) {
                    byRecipient.computeIfAbsent(h.recipient(), k -> new ArrayList<>()).add(h);
                }
            }
        }

        public int size() {
            return size;
        }

        /** Validated assessments of the country with an index below {@code bound} and a mission that began by {@code year}. */
        List<AssessmentHeader> candidates(int recipient, int bound, int year) {
            List<AssessmentHeader> found = new ArrayList<>();
            for (AssessmentHeader h : byRecipient.getOrDefault(recipient, List.of())) {
                if (h.index() >= bound) {
                    break;
                }
                if (h.missionStart().getYear() <= year) {
                    found.add(h);
                }
            }
            return found;
        }
    }

    public AssessmentIndex assessmentIndex(int assessments) {
        return new AssessmentIndex(assessments);
    }

    /**
     * The assessments surely there whenever project {@code i} is: a run makes the assessments of its scale before its
     * projects, and a scale that has project {@code i} has at least this many assessments.
     */
    static int assessmentsBefore(int i) {
        return (int) Math.max(1, (long) i * ASSESSMENTS_AT_ONE / PROJECTS_AT_ONE);
    }

    // ---- projects ----

    public record Share(String iso3, BigDecimal percentage) {
    }

    /** A partner; {@code donor} is the number of the donor organisation it stands for, 0 for none. */
    public record PartnerDraw(String name, String organisationType, String countryIso3, String iatiRef, PartnerRole role, SscRole sscRole,
            int donor, List<Contribution> contributions) {
    }

    public record ItemDraw(EquipmentItem.Facts facts, List<OperationalCheck> checks) {
    }

    public record ComponentDraw(ComponentKind kind, String title, String description, String aidType, List<TrainingEvent.Facts> events,
            List<ItemDraw> items) {
    }

    /** A link to need {@code position} (from 1) of synthetic assessment {@code assessment}. */
    public record LinkDraw(int assessment, int position, LinkExtent extent, String note) {
    }

    public record ProjectDraw(int index, String ownCode, ProjectStatus status, Modality modality, String title, String description,
            LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, List<Share> recipients,
            List<SectorShare> sectors, Map<String, Set<String>> codes, List<PolicyMarkerRef> policyMarkers, TheoryOfChange theoryOfChange,
            Sustainability sustainability, List<LawAdopted> laws, int fieldOffice, List<PartnerDraw> partners,
            List<ComponentDraw> components, List<Transaction.Facts> transactions, List<LinkDraw> links, Instant createdAt) {
    }

    /**
     * Project {@code i}; its links to needs are drawn among the validated assessments of {@code index} that are surely
     * there with it ({@link #assessmentsBefore}), so they are the same whatever the index's size.
     */
    public ProjectDraw project(int i, AssessmentIndex index) {
        if (index.size() < assessmentsBefore(i)) {
            throw new IllegalArgumentException("project " + i + " links to the first " + assessmentsBefore(i) + " assessments; the index has "
                    + index.size());
        }
        Random r = rng(Stream.PROJECT, i);
        int first = recipient(r, i, PROJECTS_AT_ONE);
        Modality modality = weighted(r, Arrays.asList(Modality.NORTH_SOUTH, Modality.SOUTH_SOUTH, Modality.TRIANGULAR, null), 55, 25, 12, 8);
        if ((modality == Modality.SOUTH_SOUTH || modality == Modality.TRIANGULAR) && recipients.size() < 2) {
            modality = Modality.NORTH_SOUTH; // no other Southern country to provide
        }
        ProjectStatus status = weighted(r, List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.CLOSED, ProjectStatus.PIPELINE,
                ProjectStatus.FINALISATION, ProjectStatus.CANCELLED), 42, 36, 10, 8, 4);

        // dates that fit the status, as of AS_OF
        LocalDate plannedStart;
        LocalDate plannedEnd;
        LocalDate actualStart = null;
        LocalDate actualEnd = null;
        switch (status) {
            case CLOSED -> {
                actualStart = between(r, LocalDate.of(2012, 1, 1), LocalDate.of(2023, 6, 30));
                actualEnd = min(actualStart.plusMonths(12 + r.nextInt(49)), AS_OF.minusDays(30 + r.nextInt(60)));
                plannedStart = actualStart.minusDays(r.nextInt(90));
                plannedEnd = max(plannedStart.plusMonths(12), actualEnd.minusDays(r.nextInt(180)));
            }
            case IMPLEMENTATION -> {
                actualStart = between(r, AS_OF.minusMonths(54), AS_OF.minusMonths(1));
                plannedStart = actualStart.minusDays(r.nextInt(90));
                plannedEnd = max(actualStart.plusMonths(24 + r.nextInt(37)), AS_OF.plusDays(30 + r.nextInt(690)));
            }
            case FINALISATION -> {
                actualStart = between(r, AS_OF.minusMonths(60), AS_OF.minusMonths(18));
                plannedStart = actualStart.minusDays(r.nextInt(90));
                plannedEnd = between(r, AS_OF.minusDays(120), AS_OF.plusDays(60));
            }
            case PIPELINE -> {
                plannedStart = between(r, AS_OF.plusDays(15), LocalDate.of(AS_OF.getYear(), 12, 31));
                plannedEnd = plannedStart.plusMonths(18 + r.nextInt(31));
            }
            default -> {
                plannedStart = between(r, LocalDate.of(2014, 1, 1), AS_OF.minusMonths(6));
                plannedEnd = plannedStart.plusMonths(12 + r.nextInt(25));
            }
        }
        LocalDate start = actualStart != null ? actualStart : plannedStart;
        LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
        LocalDate lastActivity = min(end, AS_OF);

        // recipients
        List<Integer> recipientKs = new ArrayList<>(List.of(first));
        if (r.nextInt(5) == 0 && pool(i, PROJECTS_AT_ONE) > 1) {
            int second = r.nextInt(pool(i, PROJECTS_AT_ONE));
            if (second != first) {
                recipientKs.add(second);
            }
        }
        List<Share> shares = new ArrayList<>();
        if (recipientKs.size() == 1) {
            shares.add(new Share(recipients.get(first).iso3(), new BigDecimal("100.00")));
        } else {
            BigDecimal main = pick(r, new BigDecimal("50.00"), new BigDecimal("60.00"), new BigDecimal("70.00"));
            shares.add(new Share(recipients.get(first).iso3(), main));
            shares.add(new Share(recipients.get(recipientKs.get(1)).iso3(), new BigDecimal("100.00").subtract(main)));
        }
        Place recipient = recipients.get(first);

        // sectors
        int sectorCount = weighted(r, List.of(1, 2, 3), 50, 35, 15);
        List<String> sectorCodes = new ArrayList<>(some(r, new ArrayList<>(SECTORS.keySet()), sectorCount, sectorCount));
        List<SectorShare> sectors = new ArrayList<>();
        BigDecimal[][] splits = {{new BigDecimal("100.00")}, {new BigDecimal("60.00"), new BigDecimal("40.00")},
                {new BigDecimal("50.00"), new BigDecimal("30.00"), new BigDecimal("20.00")}};
        for (int k = 0; k < sectorCodes.size(); k++) {
            sectors.add(new SectorShare(sectorCodes.get(k), splits[sectorCodes.size() - 1][k]));
        }
        String theme = SECTORS.get(sectorCodes.get(0));
        String title = TITLE_MARK + theme + " in " + recipient.name() + (recipientKs.size() > 1 ? " and " + recipients.get(recipientKs.get(1))
                .name() : "") + " (" + projectCode(i) + ")";
        String description = TITLE_MARK + "Synthetic demo project: " + theme.toLowerCase(Locale.ROOT) + ", with "
                + (modality == null ? "assistance" : switch (modality) {
                    case NORTH_SOUTH -> "North-South assistance";
                    case SOUTH_SOUTH -> "South-South cooperation";
                    case TRIANGULAR -> "triangular cooperation";
                }) + ". Generated for demonstration; not a real project.";

        Map<String, Set<String>> codes = new LinkedHashMap<>();
        Set<String> sdg = new TreeSet<>(List.of("16.3"));
        sdg.addAll(some(r, SDG_TARGETS, 0, 2));
        codes.put("sdg_target", sdg);
        codes.put("congress_topic", r.nextInt(10) < 3 ? new TreeSet<>(List.of("ITEM4", "ITEM2")) : Set.of("ITEM4"));
        if (r.nextInt(10) < 4) {
            codes.put("sn_cluster", Set.of(pick(r, STANDARDS)));
        }
        if (r.nextInt(10) < 4) {
            codes.put("convention", Set.of(pick(r, CONVENTIONS)));
        }
        List<PolicyMarkerRef> markers = r.nextBoolean() ? List.of(new PolicyMarkerRef("1", r.nextInt(10) < 7 ? "1" : "2")) : List.of();

        // money: the currency of the main funder, a budget, and its share spent by now
        int currency = modality == Modality.SOUTH_SOUTH ? (r.nextInt(10) < 4 ? 6 : 0)
                : weighted(r, List.of(0, 1, 2, 3, 4, 5, 6), 35, 30, 8, 7, 7, 8, 5);
        String ccy = CURRENCIES.get(currency);
        double budgetUsd = modality == Modality.SOUTH_SOUTH ? logUniform(r, 50_000, 2_000_000).doubleValue()
                : logUniform(r, 150_000, 15_000_000).doubleValue();
        long budgetCents = Math.round(budgetUsd * UNITS_PER_USD[currency] / 100) * 10_000;

        // partners
        List<PartnerDraw> partners = new ArrayList<>();
        String ministry = (sectorCodes.get(0).equals("15132") || sectorCodes.get(0).equals("15136") ? "Ministry of the Interior of "
                : "Ministry of Justice of ") + recipient.name() + NAME_MARK;
        int donor = 1 + r.nextInt(DONORS);
        int implementer = 1 + r.nextInt(IMPLEMENTERS);
        String funder;
        SscRole recipientRole = modality == Modality.SOUTH_SOUTH || modality == Modality.TRIANGULAR ? SscRole.RECIPIENT : null;
        if (modality == Modality.SOUTH_SOUTH || modality == Modality.TRIANGULAR) {
            Place provider = recipients.get(r.nextInt(recipients.size()));
            while (provider.iso3().equals(recipient.iso3())) {
                provider = recipients.get(r.nextInt(recipients.size()));
            }
            int expertDays = r.nextBoolean() ? 20 + r.nextInt(181) : 0;
            List<Contribution> expertise = expertDays == 0 ? List.of() : List.of(new Contribution(ContributionKind.EXPERT_DAYS, TITLE_MARK
                    + "Experts of " + provider.name() + " on mission", BigDecimal.valueOf(expertDays), new Money(BigDecimal.valueOf(
                            expertDays * 400L).setScale(2), "USD", "value")));
            String providerName = provider.name() + " cooperation agency" + NAME_MARK;
            if (modality == Modality.SOUTH_SOUTH) {
                partners.add(new PartnerDraw(providerName, "10", provider.iso3(), null, PartnerRole.FUNDING, SscRole.PROVIDER, 0, expertise));
                funder = providerName;
            } else {
                partners.add(new PartnerDraw(providerName, "10", provider.iso3(), null, PartnerRole.IMPLEMENTING, SscRole.FIRST_PROVIDER, 0,
                        expertise));
                if (r.nextBoolean()) {
                    Place facilitator = pick(r, northern);
                    funder = facilitator.name() + " development agency" + NAME_MARK;
                    partners.add(new PartnerDraw(funder, "10", facilitator.iso3(), null, PartnerRole.FUNDING, SscRole.FACILITATOR, 0, List.of()));
                } else {
                    funder = donorName(donor);
                    partners.add(new PartnerDraw(funder, "10", donorCountry(donor), ref("D", donor), PartnerRole.FUNDING, SscRole.FACILITATOR,
                            donor, List.of()));
                }
            }
        } else {
            funder = donorName(donor);
            partners.add(new PartnerDraw(funder, "10", donorCountry(donor), ref("D", donor), PartnerRole.FUNDING, null, donor, List.of()));
            if (r.nextInt(10) < 3) {
                Place cofunder = pick(r, northern);
                if (!cofunder.iso3().equals(donorCountry(donor))) {
                    partners.add(new PartnerDraw(cofunder.name() + " development agency" + NAME_MARK, "10", cofunder.iso3(), null,
                            PartnerRole.FUNDING, null, 0, List.of()));
                }
            }
        }
        String implementerName = implementerName(implementer);
        if (modality != Modality.TRIANGULAR || r.nextBoolean()) {
            partners.add(new PartnerDraw(implementerName, implementerType(implementer), implementerCountry(implementer), ref("I", implementer),
                    PartnerRole.IMPLEMENTING, null, 0, List.of()));
        } else {
            implementerName = partners.get(0).name();
        }
        partners.add(new PartnerDraw(ministry, "10", recipient.iso3(), null, PartnerRole.ACCOUNTABLE, recipientRole, 0, List.of()));

        // theory of change, sustainability, laws
        TheoryOfChange toc = r.nextInt(100) < 60 ? new TheoryOfChange(TITLE_MARK + "Weak " + theme.toLowerCase(Locale.ROOT) + " in "
                + recipient.name() + " leaves cases unsolved and victims without redress.", TITLE_MARK
                + "National institutions apply international standards in their daily work.", TITLE_MARK
                + "Staff trained, procedures adopted, equipment in use.", TITLE_MARK + "Training, advisory services and equipment.",
                TITLE_MARK + "The government keeps its commitment to the reform.", TITLE_MARK + "Staff turnover; budget cuts.") : null;
        boolean started = actualStart != null;
        Sustainability sustainability = Sustainability.none();
        List<LawAdopted> laws = new ArrayList<>();
        int sustainChance = status == ProjectStatus.CLOSED || status == ProjectStatus.FINALISATION ? 65 : 40;
        if (r.nextInt(100) < sustainChance) {
            LocalDate handover = end.plusDays(r.nextInt(90));
            Money cofinancing = r.nextInt(10) < 4 ? new Money(BigDecimal.valueOf(budgetCents / 100 * (5 + r.nextInt(21)) / 100).setScale(2), ccy,
                    "cofinancing") : null;
            boolean takeOver = r.nextInt(100) < 35;
            sustainability = new Sustainability(TITLE_MARK + "Hand the activities over to " + ministry.replace(NAME_MARK, "")
                    + ", which budgets their running costs from the second year.", handover, ministry, cofinancing, takeOver,
                    takeOver ? new Money(logUniform(r, 10_000, 500_000), "USD", "recurrentAmount") : null,
                    takeOver ? handover.plusDays(r.nextInt(365)) : null, r.nextInt(10) < 6 ? percent(r, 0, 80) : null);
            if (started && r.nextInt(10) < 3) {
                int year = between(r, start, lastActivity).getYear();
                laws.add(new LawAdopted(TITLE_MARK + pick(r, "Criminal Procedure (Amendment) Act", "Legal Aid Act", "Prisons Act",
                        "Regulation on the treatment of victims", "Standard operating procedures for investigations") + ", " + year,
                        between(r, start, lastActivity)));
            }
        }

        // components with their events and items
        List<ComponentDraw> components = new ArrayList<>();
        boolean technical = r.nextInt(100) < 70;
        boolean training = r.nextInt(100) < 65;
        boolean material = r.nextInt(100) < 35;
        if (!technical && !training && !material) {
            technical = true;
        }
        if (technical) {
            components.add(new ComponentDraw(ComponentKind.TECHNICAL, TITLE_MARK + "Advisory services on " + theme.toLowerCase(Locale.ROOT),
                    "Drafting, advice and mentoring of national counterparts.", r.nextInt(3) == 0 ? "D01" : "D02", List.of(), List.of()));
        }
        if (training) {
            List<TrainingEvent.Facts> events = new ArrayList<>();
            if (started) {
                int n = 1 + r.nextInt(4);
                for (int e = 0; e < n; e++) {
                    events.add(event(r, recipient, start, lastActivity));
                }
            }
            components.add(new ComponentDraw(ComponentKind.TRAINING, TITLE_MARK + "Training of " + INSTITUTIONS.get(pick(r, List.of("POLICE",
                    "PROSECUTION", "COURTS", "PRISONS", "LEGAL_AID", "FIU"))), "Courses, training of trainers and mentoring.",
                    r.nextInt(4) == 0 ? "E01" : "D02", events, List.of()));
        }
        if (material) {
            List<ItemDraw> items = new ArrayList<>();
            if (started) {
                int n = 1 + r.nextInt(3);
                for (int k = 0; k < n; k++) {
                    items.add(item(r, ccy, currency, ministry, start, lastActivity));
                }
            }
            components.add(new ComponentDraw(ComponentKind.MATERIAL, TITLE_MARK + "Equipment and infrastructure",
                    "Procurement, construction and renovation handed over to national institutions.", "C01", List.of(), items));
        }

        // transactions
        List<Transaction.Facts> transactions = transactions(r, i, status, ccy, budgetCents, start, lastActivity, funder, implementerName,
                ministry);

        Instant created = at(start.minusDays(30 + r.nextInt(120)), r);
        if (created.isAfter(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC))) {
            created = at(AS_OF.minusDays(r.nextInt(60)), r);
        }
        ProjectDraw draft = new ProjectDraw(i, projectCode(i), status, modality, title, description, plannedStart, plannedEnd, actualStart,
                actualEnd, shares, sectors, codes, markers, toc, sustainability, laws, officeFor(first), partners, components, transactions,
                List.of(), created);
        return withLinks(draft, recipientKs, end.getYear(), index);
    }

    private String donorCountry(int donor) {
        return northern.get((donor - 1) % northern.size()).iso3();
    }

    private static String implementerType(int implementer) {
        return List.of("21", "22", "40", "80", "21", "22").get(implementer % 6);
    }

    private String implementerCountry(int implementer) {
        return implementerType(implementer).equals("40") ? null : all.get((implementer * 37) % all.size()).iso3();
    }

    private static String ref(String kind, int number) {
        return REPORTING_ORG + "-" + kind + number;
    }

    private static TrainingEvent.Facts event(Random r, Place country, LocalDate from, LocalDate to) {
        TrainingModality modality = weighted(r, List.of(TrainingModality.FACE_TO_FACE, TrainingModality.E_LEARNING, TrainingModality.BLENDED),
                55, 20, 25);
        TrainingType type = weighted(r, List.of(TrainingType.COURSE, TrainingType.TRAINING_OF_TRAINERS, TrainingType.MENTORING,
                TrainingType.STUDY_VISIT), 55, 20, 15, 10);
        LocalDate start = between(r, from, to);
        LocalDate end = start.plusDays(modality == TrainingModality.E_LEARNING ? 14 + r.nextInt(60) : r.nextInt(10));
        int size = modality == TrainingModality.E_LEARNING ? 3 : 1;
        int female = (3 + r.nextInt(28)) * size;
        int male = (5 + r.nextInt(36)) * size;
        int notStated = r.nextInt(4) == 0 ? r.nextInt(4) : 0;
        int participants = female + male + notStated;
        BigDecimal pre = null;
        BigDecimal post = null;
        if (r.nextInt(100) < 75) {
            int preCents = 3500 + r.nextInt(3001);
            pre = BigDecimal.valueOf(preCents, 2);
            post = BigDecimal.valueOf(Math.min(10_000, preCents + 500 + r.nextInt(2501)), 2);
        }
        int certified = 0;
        int secondary = 0;
        if (type == TrainingType.TRAINING_OF_TRAINERS) {
            certified = Math.max(1, participants * (30 + r.nextInt(61)) / 100);
            secondary = r.nextInt(10) < 8 ? certified * (2 + r.nextInt(11)) : 0;
        }
        BigDecimal followUp = null;
        if (r.nextBoolean()) {
            int base = switch (modality) {
                case BLENDED -> 92;
                case FACE_TO_FACE -> 90;
                case E_LEARNING -> 79;
            };
            followUp = BigDecimal.valueOf(Math.max(40, Math.min(100, base - 8 + r.nextInt(17)))).setScale(2);
        }
        boolean academy = r.nextInt(10) < 4;
        boolean curriculum = academy && r.nextInt(10) < 4;
        List<String> codes = List.of("POLICE", "PROSECUTION", "COURTS", "PRISONS", "LEGAL_AID", "FIU", "BORDER_CUSTOMS", "VICTIM_SERVICES");
        List<InstitutionCount> institutions = new ArrayList<>();
        List<String> chosen = new ArrayList<>(some(r, codes, 1, 2));
        int first = chosen.size() == 1 ? participants - notStated : (participants - notStated) * (40 + r.nextInt(41)) / 100;
        institutions.add(new InstitutionCount(chosen.get(0), first));
        if (chosen.size() > 1) {
            institutions.add(new InstitutionCount(chosen.get(1), participants - notStated - first));
        }
        String topic = pick(r, "investigating trafficking in persons", "evidence and forensics", "fair trial standards",
                "alternatives to detention", "handling cases of violence against women", "mutual legal assistance",
                "financial investigations", "juvenile justice", "prison management", "victim and witness protection");
        String title = TITLE_MARK + switch (type) {
            case COURSE -> "Course on " + topic;
            case TRAINING_OF_TRAINERS -> "Training of trainers on " + topic;
            case MENTORING -> "Mentoring programme on " + topic;
            case STUDY_VISIT -> "Study visit on " + topic;
        };
        return new TrainingEvent.Facts(title, start, end, modality, type, academy ? "National judicial and police academy of " + country.name()
                + NAME_MARK : "Training centre" + NAME_MARK, academy, curriculum, female, male, notStated, pre, post, certified, secondary,
                followUp, institutions);
    }

    private static ItemDraw item(Random r, String ccy, int currency, String ministry, LocalDate from, LocalDate to) {
        MaterialKind kind = weighted(r, List.of(MaterialKind.EQUIPMENT, MaterialKind.CONSTRUCTION, MaterialKind.RENOVATION), 70, 15, 15);
        String what = switch (kind) {
            case EQUIPMENT -> pick(r, "Forensic laboratory equipment", "Patrol vehicles", "Case management servers", "Radio communications",
                    "Fingerprint scanners", "Courtroom recording systems", "Prison security scanners");
            case CONSTRUCTION -> pick(r, "Juvenile detention centre", "Police station", "Court house annex", "Training academy classrooms");
            case RENOVATION -> pick(r, "Prison health unit", "Court archives", "Victim support rooms", "Forensic laboratory");
        };
        double usd = kind == MaterialKind.EQUIPMENT ? logUniform(r, 5_000, 400_000).doubleValue() : logUniform(r, 80_000, 2_000_000).doubleValue();
        Money value = new Money(BigDecimal.valueOf(Math.round(usd * UNITS_PER_USD[currency] / 100) * 100).setScale(2), ccy, "value");
        LocalDate handover = between(r, from, to);
        boolean plan = r.nextInt(100) < 60;
        String payer = plan ? ministry : null;
        Money budget = plan && r.nextInt(10) < 8 ? new Money(value.amount().multiply(BigDecimal.valueOf(5 + r.nextInt(11)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN), ccy, "maintenanceBudget") : null;
        EquipmentItem.Facts facts = new EquipmentItem.Facts(TITLE_MARK + what, kind, value, pick(r, "National police", "Prosecution service",
                "Supreme court", "Prison service", "National forensic institute") + NAME_MARK, handover, plan, payer, budget);
        List<OperationalCheck> checks = new ArrayList<>();
        LocalDate checkFrom = handover.plusDays(90);
        if (!checkFrom.isAfter(AS_OF)) {
            int n = r.nextInt(3);
            LocalDate last = checkFrom;
            for (int k = 0; k < n; k++) {
                LocalDate on = between(r, last, min(last.plusMonths(12), AS_OF));
                boolean working = r.nextInt(100) < (plan ? 85 : 55);
                checks.add(new OperationalCheck(on, working, working ? null : TITLE_MARK + pick(r, "Spare parts missing",
                        "No budget for repairs", "Power supply unreliable")));
                last = on.plusDays(30);
                if (last.isAfter(AS_OF)) {
                    break;
                }
            }
        }
        return new ItemDraw(facts, checks);
    }

    /**
     * The project's transactions: commitments (tranches of the budget), disbursements of the share spent by now, and
     * expenditure of most of it, dated within the project's years and not after {@link #AS_OF}. A project in the pipeline
     * has commitments only; each amount is positive and in the funder's currency.
     */
    private List<Transaction.Facts> transactions(Random r, int i, ProjectStatus status, String ccy, long budgetCents, LocalDate start,
            LocalDate last, String funder, String implementer, String ministry) {
        int n = transactionCount(i);
        int commitments;
        int expenditures;
        LocalDate from = start;
        LocalDate to = last;
        if (status == ProjectStatus.PIPELINE) {
            commitments = n;
            expenditures = 0;
            from = LocalDate.of(AS_OF.getYear(), 1, 1);
            to = AS_OF;
        } else {
            commitments = 1 + n / 10;
            expenditures = n / 5;
        }
        if (to.isBefore(from)) {
            to = from;
        }
        int disbursements = n - commitments - expenditures;
        double spent = switch (status) {
            case CLOSED -> 0.9 + r.nextDouble() * 0.1;
            case FINALISATION -> 0.8 + r.nextDouble() * 0.15;
            case IMPLEMENTATION -> 0.2 + r.nextDouble() * 0.6;
            case CANCELLED -> 0.05 + r.nextDouble() * 0.25;
            default -> 0;
        };
        long disbursedCents = Math.round(budgetCents * spent);
        long expendedCents = Math.round(disbursedCents * (0.6 + r.nextDouble() * 0.35));
        List<Transaction.Facts> out = new ArrayList<>();
        add(out, r, TransactionType.COMMITMENT, commitments, budgetCents, ccy, from, to, funder, implementer, "Commitment, tranche");
        add(out, r, TransactionType.DISBURSEMENT, disbursements, disbursedCents, ccy, from, to, funder, implementer, "Disbursement");
        add(out, r, TransactionType.EXPENDITURE, expenditures, expendedCents, ccy, from, to, implementer, ministry, "Expenditure");
        return out;
    }

    private static void add(List<Transaction.Facts> out, Random r, TransactionType type, int n, long totalCents, String ccy, LocalDate from,
            LocalDate to, String provider, String receiver, String what) {
        if (n <= 0) {
            return;
        }
        double[] weights = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            weights[k] = 0.5 + r.nextDouble();
            sum += weights[k];
        }
        long left = Math.max(totalCents, n * 100_00L);
        long step = ChronoUnit.DAYS.between(from, to) / n;
        for (int k = 0; k < n; k++) {
            long cents = k == n - 1 ? left : Math.max(100_00L, Math.round(Math.max(totalCents, n * 100_00L) * weights[k] / sum));
            cents = Math.min(cents, left - (n - 1 - k) * 100_00L);
            left -= cents;
            LocalDate date = from.plusDays(step * k + (step > 0 ? r.nextInt((int) Math.min(step, Integer.MAX_VALUE)) : 0));
            out.add(new Transaction.Facts(type, min(date, to), new Money(BigDecimal.valueOf(cents, 2), ccy, "value"), provider, null, receiver,
                    null, TITLE_MARK + what + " " + (k + 1) + " of " + n));
        }
    }

    /** The project with its links to needs: about half the projects, one to three needs each, of a recipient country's validated assessments. */
    private ProjectDraw withLinks(ProjectDraw p, List<Integer> recipientKs, int endYear, AssessmentIndex index) {
        Random r = rng(Stream.LINKS, p.index());
        int chance = p.status().answersNeeds() ? 62 : 30;
        if (r.nextInt(100) >= chance) {
            return p;
        }
        int wanted = weighted(r, List.of(1, 2, 3), 10, 30, 60);
        int bound = Math.min(index.size(), assessmentsBefore(p.index()));
        List<LinkDraw> links = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < wanted; k++) {
            List<Integer> order = new ArrayList<>(recipientKs);
            if (order.size() > 1 && r.nextInt(4) == 0) {
                Collections.reverse(order);
            }
            List<AssessmentHeader> candidates = List.of();
            for (int recipient : order) {
                candidates = index.candidates(recipient, bound, endYear);
                if (!candidates.isEmpty()) {
                    break;
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            // Among the newest third of the candidates: every project sees the assessments made before it, so a uniform choice
            // would pile links on the first assessments and leave later ones bare.
            int from = candidates.size() * 2 / 3;
            AssessmentHeader chosen = candidates.get(from + r.nextInt(candidates.size() - from));
            List<Need.NeedContent> needs = assessment(chosen.index()).needs();
            int[] weights = needs.stream().mapToInt(n -> switch (n.priority()) {
                case HIGH -> 3;
                case MEDIUM -> 2;
                case LOW -> 1;
            }).toArray();
            List<Integer> positions = new ArrayList<>();
            for (int pos = 1; pos <= needs.size(); pos++) {
                positions.add(pos);
            }
            int position = weighted(r, positions, weights);
            if (!seen.add(chosen.index() + "/" + position)) {
                continue;
            }
            LinkExtent extent = r.nextInt(100) < (p.status() == ProjectStatus.CLOSED ? 45 : 25) ? LinkExtent.ADDRESSED : LinkExtent.PARTLY_ADDRESSED;
            links.add(new LinkDraw(chosen.index(), position, extent, r.nextBoolean() ? TITLE_MARK + "Answered by the project's "
                    + pick(r, "training", "advisory services", "equipment") + "." : null));
        }
        return new ProjectDraw(p.index(), p.ownCode(), p.status(), p.modality(), p.title(), p.description(), p.plannedStart(), p.plannedEnd(),
                p.actualStart(), p.actualEnd(), p.recipients(), p.sectors(), p.codes(), p.policyMarkers(), p.theoryOfChange(),
                p.sustainability(), p.laws(), p.fieldOffice(), p.partners(), p.components(), p.transactions(), List.copyOf(links), p.createdAt());
    }

    /**
     * Builds project {@code d} through the entity, as the project facade does: recorded in the pipeline, its partners added,
     * then its status set (the modality rule checks the partners then), its components, events, items and checks added, and
     * its transactions added with their USD values. Links to needs are left to the caller, which finds the needs.
     */
    public static Project toProject(ProjectDraw d, Lookups lookups) {
        List<CountryShare> shares = d.recipients().stream().map(s -> new CountryShare(lookups.country(s.iso3()), s.percentage())).toList();
        Project.Content content = new Project.Content(d.title(), d.description(), d.status(), d.plannedStart(), d.plannedEnd(),
                d.actualStart(), d.actualEnd(), shares, null, d.sectors(), d.codes(), d.policyMarkers(), d.modality(), d.theoryOfChange(),
                d.sustainability(), d.laws());
        Project.Content pipeline = new Project.Content(d.title(), d.description(), ProjectStatus.PIPELINE, d.plannedStart(), d.plannedEnd(),
                d.actualStart(), d.actualEnd(), shares, null, d.sectors(), d.codes(), d.policyMarkers(), d.modality(), d.theoryOfChange(),
                d.sustainability(), d.laws());
        Project p = new Project(REPORTING_ORG, d.ownCode(), lookups.fieldOffice(d.fieldOffice()), pipeline, AUTHOR, d.createdAt());
        for (PartnerDraw pa : d.partners()) {
            p.addPartner(new Partner.Facts(pa.name(), pa.organisationType(), pa.countryIso3() == null ? null : lookups.country(pa.countryIso3()),
                    pa.iatiRef(), pa.role(), pa.sscRole(), pa.donor() > 0 ? lookups.donor(pa.donor()) : null, pa.contributions()));
        }
        p.edit(content);
        for (ComponentDraw c : d.components()) {
            Component component = p.addComponent(c.kind(), c.title(), c.description(), c.aidType());
            for (TrainingEvent.Facts e : c.events()) {
                p.addEvent(component, e);
            }
            for (ItemDraw item : c.items()) {
                EquipmentItem added = p.addItem(component, item.facts());
                item.checks().forEach(check -> p.addCheck(added, check));
            }
        }
        for (Transaction.Facts tx : d.transactions()) {
            p.addTransaction(tx, lookups.usd(tx.value(), tx.date()).orElse(null));
        }
        return p;
    }
}
