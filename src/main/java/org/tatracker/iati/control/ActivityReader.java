package org.tatracker.iati.control;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tatracker.i18n.entity.Reason;

/**
 * Reads IATI activity files of versions 2.01 to 2.03, one activity at a time, into
 * {@link ImportedActivity} records and a list of {@link Problem}s.
 * <p>
 * <b>Safe.</b> The file comes from outside, so the parser reads no DTD, expands no entity and opens
 * no other file or URL: a file with a {@code DOCTYPE} is refused as soon as the declaration is met,
 * before any entity could be declared, let alone expanded (XXE, "billion laughs"); an entity
 * reference without a declaration is refused too. The caller bounds the size of the stream; the
 * reader bounds the nesting depth and the number of problems it collects. Malformed XML ends the
 * reading with a problem, never with an exception.
 * <p>
 * <b>Streaming.</b> Memory holds one activity at a time (a small tree of its IATI elements; foreign
 * elements are skipped), whatever the number of activities; {@link #read(InputStream, Consumer)}
 * hands each activity over as soon as it is read.
 * <p>
 * <b>Strict about what it keeps, clear about what it leaves out.</b> Every code is checked against
 * its codelist through {@link Codes} (without regard to case), every number, date and percentage
 * total against the IATI rules; a value that fails is not kept and a problem names it, with the
 * activity's identifier and the XPath of the value. A wrong optional attribute (an organisation's
 * type) is dropped alone; a wrong required part drops its element (a transaction without a valid
 * date); an activity without identifier or title is left out entirely. Percentages that do not total
 * 100 (IATI's own tolerance, 0.01) are dropped, the codes kept, and reported as a warning (the importer
 * repairs them), not an error. Negative transaction values are kept: IATI allows them as corrections of
 * earlier transactions; a negative budget is refused. Version-1 codes still found
 * in 2.0x files are mapped where the IATI upgrade tables are unambiguous (transaction types {@code C},
 * {@code D}, {@code E}, {@code IF}...; organisation roles {@code Funding}...; activity date types
 * {@code start-planned}...; vocabulary {@code DAC}); ActivityStatus codes were already numeric in
 * version 1, so a textual status is reported. Vocabularies the tracker does not keep (sectors other
 * than DAC 5-digit, regions other than OECD DAC, tags other than SDG targets, other aid type
 * vocabularies) are skipped without a problem: they are valid IATI, merely not ours.
 * <p>
 * One reader may serve many files and threads: it keeps no state between calls.
 */
public final class ActivityReader {

    /** The versions of the IATI Standard this reader understands. */
    public static final Set<String> VERSIONS = Set.of("2.01", "2.02", "2.03");

    /** After this many problems the reader stops: the file is not worth more. */
    public static final int MAX_PROBLEMS = 1000;

    /** Deeper than any IATI element (about 9 levels); deeper nesting is an attack or garbage. */
    static final int MAX_DEPTH = 64;

    private static final String ROOT = "/iati-activities";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Elements that may repeat under their parent: their XPath steps carry a position. */
    private static final Set<String> REPEATABLE = Set.of("iati-activity", "description", "participating-org", "other-identifier",
            "activity-date", "contact-info", "recipient-country", "recipient-region", "location", "sector", "tag", "humanitarian-scope",
            "policy-marker", "default-aid-type", "budget", "planned-disbursement", "transaction", "document-link", "related-activity",
            "legacy-data", "result", "indicator", "baseline", "period", "target", "actual", "dimension", "narrative", "aid-type",
            "category", "language", "reference", "condition");

    /** IATI 1.0x transaction types and their 2.0x codes (IATI's upgrade table; all ten are one-to-one). */
    private static final Map<String, String> TRANSACTION_TYPES_V1 = Map.of("IF", "1", "C", "2", "D", "3", "E", "4", "IR", "5", "LR", "6",
            "R", "7", "QP", "8", "QS", "9", "CG", "10");
    private static final Map<String, String> ROLES_V1 = Map.of("FUNDING", "1", "ACCOUNTABLE", "2", "EXTENDING", "3", "IMPLEMENTING", "4");
    private static final Map<String, String> DATE_TYPES_V1 = Map.of("START-PLANNED", "1", "START-ACTUAL", "2", "END-PLANNED", "3",
            "END-ACTUAL", "4");
    private static final Map<String, String> DATE_TYPE_NAMES = Map.of("1", "plannedStart", "2", "actualStart", "3", "plannedEnd", "4",
            "actualEnd");

    private final Codes codes;

    public ActivityReader(Codes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** The activities read and the problems met, in file order. */
    public record Result(List<ImportedActivity> activities, List<Problem> problems) {

        public Result {
            activities = List.copyOf(activities);
            problems = List.copyOf(problems);
        }
    }

    /** Reads a whole file into memory-held results; for large files prefer {@link #read(InputStream, Consumer)}. */
    public Result read(InputStream in) {
        List<ImportedActivity> activities = new ArrayList<>();
        List<Problem> problems = read(in, activities::add);
        return new Result(activities, problems);
    }

    /**
     * Reads the file, giving each activity that has an identifier and a title to {@code sink} as soon as it is read.
     * Does not close {@code in}.
     *
     * @return the problems met, in file order; empty if the file was read completely and everything in it was kept
     */
    public List<Problem> read(InputStream in, Consumer<ImportedActivity> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        Session session = new Session(sink);
        XMLStreamReader xml = null;
        try {
            xml = open(in);
            session.run(xml);
        } catch (XMLStreamException e) {
            session.fail(e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing was held open that matters: the caller owns the stream
                }
            }
        }
        return Collections.unmodifiableList(session.problems);
    }

    private static XMLStreamReader open(InputStream in) throws XMLStreamException {
        try {
            return safeFactory().createXMLStreamReader(in);
        } catch (RuntimeException e) {
            // an unreadable encoding declaration, for instance: the file's fault
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    /** The JDK's own StAX parser (not whatever the class path offers), with DTDs, entities and external access off. */
    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused: the reader opens no other file or URL");
        });
        return f;
    }

    /** A decimal as XML Schema writes it (no exponent, no thousands separator), or {@code null}. */
    static BigDecimal decimal(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return DECIMAL.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    /** An {@code xsd:date} (a time zone, allowed by XML Schema, is dropped), or {@code null}. */
    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---- the XML: one activity at a time as a small tree ----

    /** An IATI element of the activity being read: no-namespace attributes (and {@code xml:lang}), text and children. */
    private static final class Node {
        final String name;
        final String path;
        final Map<String, String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>();
        final Map<String, Integer> positions = new HashMap<>();

        Node(String name, String path, Map<String, String> attributes) {
            this.name = name;
            this.path = path;
            this.attributes = attributes;
        }

        Node child(String childName, Map<String, String> childAttributes) {
            int position = positions.merge(childName, 1, Integer::sum);
            String step = REPEATABLE.contains(childName) ? childName + "[" + position + "]" : childName;
            Node child = new Node(childName, path + "/" + step, childAttributes);
            children.add(child);
            return child;
        }

        /** The attribute, stripped; {@code null} if absent or blank. */
        String attr(String attribute) {
            String v = attributes.get(attribute);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String at(String attribute) {
            return path + "/@" + attribute;
        }

        String text() {
            return text.toString().strip();
        }

        Node first(String childName) {
            for (Node c : children) {
                if (c.name.equals(childName)) {
                    return c;
                }
            }
            return null;
        }

        List<Node> all(String childName) {
            List<Node> found = new ArrayList<>();
            for (Node c : children) {
                if (c.name.equals(childName)) {
                    found.add(c);
                }
            }
            return found;
        }
    }

    /** One reading of one file: the position in it and the problems so far. */
    private final class Session {
        final Consumer<ImportedActivity> sink;
        final List<Problem> problems = new ArrayList<>();
        boolean stopped;
        int activities;
        String currentIdentifier;
        String currentPath = "/";

        Session(Consumer<ImportedActivity> sink) {
            this.sink = sink;
        }

        void problem(String identifier, String path, Reason reason) {
            problem(identifier, path, reason, Problem.Severity.ERROR);
        }

        void problem(String identifier, String path, Reason reason, Problem.Severity severity) {
            if (stopped) {
                return;
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(new Problem(identifier, path, Reason.of("iati.tooManyProblems", MAX_PROBLEMS)));
                stopped = true;
                return;
            }
            problems.add(new Problem(identifier, path, reason, severity));
        }

        void refuse(String path, String key, Object... arguments) {
            problem(currentIdentifier, path, Reason.of(key, arguments));
            stopped = true;
        }

        void fail(Exception e) {
            if (stopped) {
                return;
            }
            Location where = e instanceof XMLStreamException x ? x.getLocation() : null;
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // The JDK puts "ParseError at [row,col]:[..]\nMessage: " before the message itself.
            int m = message.indexOf("Message: ");
            if (m >= 0) {
                message = message.substring(m + "Message: ".length());
            }
            if (where != null) {
                refuse(currentPath, "iati.notWellFormedAt", where.getLineNumber(), where.getColumnNumber(), message.strip());
            } else {
                refuse(currentPath, "iati.notWellFormed", message.strip());
            }
        }

        void run(XMLStreamReader xml) throws XMLStreamException {
            int depth = 0;
            int skipping = 0;
            Node activity = null;
            List<Node> open = new ArrayList<>();
            boolean rootSeen = false;
            while (!stopped && hasNext(xml)) {
                int event = next(xml);
                switch (event) {
                    case XMLStreamConstants.DTD -> refuse(depth == 0 ? "/" : currentPath, "iati.doctype");
                    case XMLStreamConstants.ENTITY_REFERENCE -> refuse(currentPath, "iati.undeclaredEntity", xml.getLocalName());
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            refuse(currentPath, "iati.nestedTooDeep", MAX_DEPTH);
                        } else if (skipping > 0) {
                            skipping++;
                        } else if (depth == 1) {
                            rootSeen = true;
                            currentPath = ROOT;
                            root(xml);
                        } else if (!isIati(xml)) {
                            skipping = 1;
                        } else if (depth == 2) {
                            if ("iati-activity".equals(xml.getLocalName())) {
                                activities++;
                                currentPath = ROOT + "/iati-activity[" + activities + "]";
                                currentIdentifier = null;
                                activity = new Node("iati-activity", currentPath, attributes(xml));
                                open.add(activity);
                            } else {
                                skipping = 1;
                            }
                        } else {
                            open.add(open.get(open.size() - 1).child(xml.getLocalName(), attributes(xml)));
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (skipping == 0 && !open.isEmpty()) {
                            open.get(open.size() - 1).text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (skipping > 0) {
                            skipping--;
                        } else if (!open.isEmpty()) {
                            Node closed = open.remove(open.size() - 1);
                            if (closed == activity) {
                                ImportedActivity read = new Mapping(this, activity).activity();
                                if (read != null && !stopped) {
                                    sink.accept(read);
                                }
                                activity = null;
                                currentIdentifier = null;
                                currentPath = ROOT;
                            } else if ("iati-identifier".equals(closed.name) && open.size() == 1) {
                                currentIdentifier = closed.text().isEmpty() ? null : closed.text();
                            }
                        }
                    }
                    default -> {
                        // comments, processing instructions, the document's start and end: nothing to keep
                    }
                }
            }
            if (!stopped && !rootSeen) {
                refuse("/", "iati.noRootElement");
            } else if (!stopped && activities == 0) {
                problem(null, ROOT, Reason.of("iati.noActivity"));
            }
        }

        /**
         * Some failures of the JDK parser (a broken encoding, for instance) surface as unchecked exceptions: they are the
         * file's fault, so they become a problem like any other malformed XML. Exceptions of the mapping are bugs and propagate.
         */
        private boolean hasNext(XMLStreamReader xml) throws XMLStreamException {
            try {
                return xml.hasNext();
            } catch (RuntimeException e) {
                throw new XMLStreamException(e.getMessage(), e);
            }
        }

        private int next(XMLStreamReader xml) throws XMLStreamException {
            try {
                return xml.next();
            } catch (RuntimeException e) {
                throw new XMLStreamException(e.getMessage(), e);
            }
        }

        private void root(XMLStreamReader xml) {
            if (!"iati-activities".equals(xml.getLocalName()) || !isIati(xml)) {
                String name = xml.getPrefix() == null || xml.getPrefix().isEmpty() ? xml.getLocalName()
                        : xml.getPrefix() + ":" + xml.getLocalName();
                refuse("/" + name, "iati.wrongRoot", name);
                return;
            }
            String version = xml.getAttributeValue(null, "version");
            if (version == null || version.isBlank()) {
                refuse(ROOT + "/@version", "iati.noVersion");
            } else if (!VERSIONS.contains(version.strip())) {
                refuse(ROOT + "/@version", "iati.unreadVersion", version.strip());
            }
        }

        private boolean isIati(XMLStreamReader xml) {
            String ns = xml.getNamespaceURI();
            return ns == null || ns.isEmpty();
        }

        private Map<String, String> attributes(XMLStreamReader xml) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String ns = xml.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    map.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                } else if (XMLConstants.XML_NS_URI.equals(ns)) {
                    map.put("xml:" + xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                }
                // attributes of other namespaces (d-portal's dstore:, for instance) are extensions: ignored
            }
            return map;
        }
    }

    // ---- from the tree to the record ----

    /** The checks and the mapping of one activity. */
    private final class Mapping {
        final Session session;
        final Node a;
        final String id;
        final String language;
        String defaultCurrency;

        Mapping(Session session, Node activity) {
            this.session = session;
            this.a = activity;
            Node identifier = activity.first("iati-identifier");
            this.id = identifier == null || identifier.text().isEmpty() ? null : identifier.text();
            this.language = activity.attr("xml:lang") == null ? null : activity.attr("xml:lang").toLowerCase(Locale.ROOT);
        }

        void problem(String path, String key, Object... arguments) {
            session.problem(id, path, Reason.of(key, arguments));
        }

        /** A breach the importer repairs, or valid IATI the tracker does not keep: reported, not blocking. */
        void warn(String path, String key, Object... arguments) {
            session.problem(id, path, Reason.of(key, arguments), Problem.Severity.WARNING);
        }

        /** What a problem is about (budget, activity status...), as a key {@code iati.part.*} of the reasons bundle. */
        static Reason part(String name) {
            return Reason.of("iati.part." + name);
        }

        ImportedActivity activity() {
            if (id == null) {
                problem(a.path + "/iati-identifier", "iati.noIdentifier");
            }
            String title = narrative(a.first("title"));
            if (title == null) {
                problem(a.path + "/title", "iati.noActivityTitle");
            }
            ImportedActivity.Organisation reportingOrg = reportingOrg();
            defaultCurrency = currencyAttribute(a, "default-currency");
            String description = description();
            String status = status();
            LocalDate[] dates = dates();
            List<ImportedActivity.Share> countries = new ArrayList<>();
            List<ImportedActivity.Share> regions = new ArrayList<>();
            geography(countries, regions);
            List<ImportedActivity.Share> sectors = sectors();
            List<String> sdgTargets = sdgTargets();
            List<ImportedActivity.Marker> markers = policyMarkers();
            String collaboration = codeAttribute(a.first("collaboration-type"), "code", Codes.COLLABORATION_TYPE, part("collaborationType"));
            List<String> aidTypes = aidTypes();
            List<ImportedActivity.Participant> participants = participants();
            List<ImportedActivity.Budget> budgets = budgets();
            List<ImportedActivity.Transaction> transactions = transactions();
            List<ImportedActivity.Result> results = results();
            List<ImportedActivity.DocumentLink> documents = documents();
            if (id == null || title == null) {
                return null;
            }
            return new ImportedActivity(id, reportingOrg, language, defaultCurrency, title, description, status, dates[1], dates[2],
                    dates[3], dates[4], countries, regions, sectors, sdgTargets, markers, collaboration, aidTypes, participants, budgets,
                    transactions, results, documents, a.path);
        }

        // -- texts --

        /** The English narrative (by its own xml:lang or, failing that, the activity's), else the first one with text. */
        String narrative(Node element) {
            if (element == null) {
                return null;
            }
            String first = null;
            for (Node n : element.all("narrative")) {
                String text = n.text();
                if (text.isEmpty()) {
                    continue;
                }
                String lang = n.attr("xml:lang") != null ? n.attr("xml:lang") : language;
                if (english(lang)) {
                    return text;
                }
                if (first == null) {
                    first = text;
                }
            }
            return first;
        }

        boolean english(String lang) {
            if (lang == null) {
                return false;
            }
            String l = lang.toLowerCase(Locale.ROOT);
            // "ENG" is not an IATI Language code, but the multi-publisher sample uses it and it is unambiguous.
            return l.equals("en") || l.equals("eng") || l.startsWith("en-");
        }

        String description() {
            List<Node> all = a.all("description");
            for (Node d : all) {
                String type = d.attr("type");
                if (type == null || type.equals("1")) {
                    return narrative(d);
                }
            }
            return all.isEmpty() ? null : narrative(all.get(0));
        }

        // -- codes --

        String code(String raw) {
            return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
        }

        boolean known(String list, String code) {
            return code != null && codes.known(list, code);
        }

        /** A code attribute checked against its list; {@code null} (with a problem) if absent or unknown. */
        String codeAttribute(Node element, String attribute, String list, Reason what) {
            if (element == null) {
                return null;
            }
            String code = code(element.attr(attribute));
            if (code == null) {
                problem(element.at(attribute), "iati.noCode", what);
                return null;
            }
            if (!known(list, code)) {
                problem(element.at(attribute), "iati.unknownCode", list, code);
                return null;
            }
            return code;
        }

        /** An optional code attribute: {@code null} if absent; if unknown, {@code null} with a problem. */
        String optionalCode(Node element, String attribute, String list, Reason keptWhat) {
            String code = code(element.attr(attribute));
            if (code != null && !known(list, code)) {
                problem(element.at(attribute), "iati.unknownCodeKept", list, code, keptWhat);
                return null;
            }
            return code;
        }

        String currencyAttribute(Node element, String attribute) {
            String code = code(element.attr(attribute));
            if (code != null && !known(Codes.CURRENCY, code)) {
                problem(element.at(attribute), "iati.unknownCode", "Currency", code);
                return null;
            }
            return code;
        }

        /** A vocabulary attribute with version-1 names mapped: absent means the element's default vocabulary. */
        String vocabulary(Node element, String defaultVocabulary) {
            String v = code(element.attr("vocabulary"));
            if (v == null) {
                return defaultVocabulary;
            }
            return switch (v) {
                case "DAC" -> "1";
                case "DAC-3" -> "2";
                default -> v;
            };
        }

        // -- parts --

        ImportedActivity.Organisation reportingOrg() {
            Node org = a.first("reporting-org");
            if (org == null) {
                problem(a.path + "/reporting-org", "iati.noReportingOrg");
                return null;
            }
            String ref = org.attr("ref");
            if (ref == null) {
                problem(org.at("ref"), "iati.reportingOrgNoRef");
            }
            String type = optionalCode(org, "type", Codes.ORGANISATION_TYPE, part("theOrganisation"));
            return new ImportedActivity.Organisation(ref, type, narrative(org));
        }

        String status() {
            Node status = a.first("activity-status");
            if (status == null) {
                problem(a.path + "/activity-status", "iati.noActivityStatus");
                return null;
            }
            return codeAttribute(status, "code", Codes.ACTIVITY_STATUS, part("activityStatus"));
        }

        /** Index 1 to 4: planned start, actual start, planned end, actual end (ActivityDateType codes). */
        LocalDate[] dates() {
            LocalDate[] dates = new LocalDate[5];
            for (Node d : a.all("activity-date")) {
                String type = code(d.attr("type"));
                type = type == null ? null : DATE_TYPES_V1.getOrDefault(type, type);
                if (type == null || !DATE_TYPE_NAMES.containsKey(type)) {
                    problem(d.at("type"), "iati.unknownDateType", d.attr("type"));
                    continue;
                }
                LocalDate date = date(d.attr("iso-date"));
                if (date == null) {
                    problem(d.at("iso-date"), "iati.notADate", d.attr("iso-date"), part("date"));
                    continue;
                }
                int i = Integer.parseInt(type);
                if (dates[i] != null) {
                    problem(d.path, "iati.secondDate", part(DATE_TYPE_NAMES.get(type)), dates[i]);
                    continue;
                }
                dates[i] = date;
            }
            return dates;
        }

        void geography(List<ImportedActivity.Share> countries, List<ImportedActivity.Share> regions) {
            List<Node> group = new ArrayList<>();
            List<BigDecimal> percentages = new ArrayList<>();
            boolean percentagesValid = true;
            for (Node c : a.all("recipient-country")) {
                group.add(c);
                BigDecimal pct = percentage(c);
                percentagesValid &= pct != null || c.attr("percentage") == null;
                percentages.add(pct);
                String code = codeAttribute(c, "code", Codes.COUNTRY, part("recipientCountry"));
                if (code != null) {
                    countries.add(new ImportedActivity.Share(code, pct));
                }
            }
            for (Node r : a.all("recipient-region")) {
                group.add(r);
                BigDecimal pct = percentage(r);
                percentagesValid &= pct != null || r.attr("percentage") == null;
                percentages.add(pct);
                if ("1".equals(vocabulary(r, "1"))) {
                    String code = codeAttribute(r, "code", Codes.REGION, part("recipientRegion"));
                    if (code != null) {
                        regions.add(new ImportedActivity.Share(code, pct));
                    }
                }
            }
            if (!percentagesValid || !total100(group, percentages, part("recipientCountriesAndRegions"))) {
                withoutPercentages(countries);
                withoutPercentages(regions);
            }
        }

        List<ImportedActivity.Share> sectors() {
            List<ImportedActivity.Share> sectors = new ArrayList<>();
            List<Node> group = new ArrayList<>();
            List<BigDecimal> percentages = new ArrayList<>();
            boolean percentagesValid = true;
            for (Node s : a.all("sector")) {
                if (!"1".equals(vocabulary(s, "1"))) {
                    continue;
                }
                group.add(s);
                BigDecimal pct = percentage(s);
                percentagesValid &= pct != null || s.attr("percentage") == null;
                percentages.add(pct);
                String code = codeAttribute(s, "code", Codes.SECTOR, part("sector"));
                if (code != null) {
                    sectors.add(new ImportedActivity.Share(code, pct));
                }
            }
            if (!percentagesValid || !total100(group, percentages, part("dacSectors"))) {
                withoutPercentages(sectors);
            }
            return sectors;
        }

        /** A percentage attribute between 0 and 100; {@code null} (with a problem if one was given) otherwise. */
        BigDecimal percentage(Node element) {
            String raw = element.attr("percentage");
            if (raw == null) {
                return null;
            }
            BigDecimal pct = decimal(raw);
            if (pct == null || pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
                problem(element.at("percentage"), "iati.notAPercentage", raw);
                return null;
            }
            return pct;
        }

        /**
         * IATI's rule for a group of shares: one alone has no percentage or 100; several all have one, and they total 100 within
         * 0.01. Reports the breach, if any, on the first element of the group.
         */
        boolean total100(List<Node> group, List<BigDecimal> percentages, Reason what) {
            if (group.isEmpty()) {
                return true;
            }
            Node first = group.get(0);
            if (group.size() == 1) {
                BigDecimal p = percentages.get(0);
                if (p != null && p.compareTo(HUNDRED) != 0) {
                    warn(first.at("percentage"), "iati.singleShareNot100", what, p.toPlainString());
                    return false;
                }
                return true;
            }
            if (percentages.stream().anyMatch(Objects::isNull)) {
                warn(first.path, "iati.percentagesMissing", group.size(), what);
                return false;
            }
            BigDecimal total = percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
                warn(first.path, "iati.percentagesTotal", group.size(), what, total.stripTrailingZeros().toPlainString());
                return false;
            }
            return true;
        }

        void withoutPercentages(List<ImportedActivity.Share> shares) {
            shares.replaceAll(s -> new ImportedActivity.Share(s.code(), null));
        }

        List<String> sdgTargets() {
            List<String> targets = new ArrayList<>();
            for (Node t : a.all("tag")) {
                if ("3".equals(vocabulary(t, null))) {
                    String code = codeAttribute(t, "code", Codes.SDG_TARGET, part("sdgTarget"));
                    if (code != null && !targets.contains(code)) {
                        targets.add(code);
                    }
                }
            }
            return targets;
        }

        List<ImportedActivity.Marker> policyMarkers() {
            List<ImportedActivity.Marker> markers = new ArrayList<>();
            for (Node m : a.all("policy-marker")) {
                if (!"1".equals(vocabulary(m, "1"))) {
                    continue;
                }
                String code = codeAttribute(m, "code", Codes.POLICY_MARKER, part("policyMarker"));
                if (code != null) {
                    markers.add(new ImportedActivity.Marker(code, optionalCode(m, "significance", Codes.POLICY_SIGNIFICANCE, part("theMarker"))));
                }
            }
            return markers;
        }

        List<String> aidTypes() {
            List<String> aidTypes = new ArrayList<>();
            for (Node t : a.all("default-aid-type")) {
                if (!"1".equals(vocabulary(t, "1"))) {
                    continue;
                }
                String code = codeAttribute(t, "code", Codes.AID_TYPE, part("aidType"));
                if (code != null && !aidTypes.contains(code)) {
                    aidTypes.add(code);
                }
            }
            return aidTypes;
        }

        List<ImportedActivity.Participant> participants() {
            List<ImportedActivity.Participant> participants = new ArrayList<>();
            for (Node p : a.all("participating-org")) {
                String role = code(p.attr("role"));
                role = role == null ? null : ROLES_V1.getOrDefault(role, role);
                if (role == null) {
                    problem(p.at("role"), "iati.noRole");
                    continue;
                }
                if (!known(Codes.ORGANISATION_ROLE, role)) {
                    problem(p.at("role"), "iati.unknownRole", p.attr("role"));
                    continue;
                }
                String name = narrative(p);
                String ref = p.attr("ref");
                if (name == null && ref == null) {
                    problem(p.path, "iati.participantNoName");
                    continue;
                }
                participants.add(new ImportedActivity.Participant(name, ref, optionalCode(p, "type", Codes.ORGANISATION_TYPE,
                        part("theOrganisation")), role));
            }
            return participants;
        }

        List<ImportedActivity.Budget> budgets() {
            List<ImportedActivity.Budget> budgets = new ArrayList<>();
            for (Node b : a.all("budget")) {
                boolean ok = true;
                String type = code(b.attr("type"));
                if (type != null && !known(Codes.BUDGET_TYPE, type)) {
                    problem(b.at("type"), "iati.unknownCodeLeftOut", "BudgetType", type, part("budget"));
                    ok = false;
                }
                String status = code(b.attr("status"));
                // BudgetStatus is an embedded codelist of two codes, fixed for 2.0x: checked here, not through Codes.
                if (status != null && !status.equals("1") && !status.equals("2")) {
                    problem(b.at("status"), "iati.unknownBudgetStatus", status);
                    ok = false;
                }
                LocalDate start = requiredDate(b.first("period-start"), b.path + "/period-start", part("budget"));
                LocalDate end = requiredDate(b.first("period-end"), b.path + "/period-end", part("budget"));
                if (start != null && end != null && end.isBefore(start)) {
                    problem(b.path + "/period-end", "iati.budgetEndsBeforeStart", end, start);
                    ok = false;
                }
                Money money = money(b.first("value"), b.path + "/value", part("budget"));
                if (ok && start != null && end != null && money != null) {
                    budgets.add(new ImportedActivity.Budget(type, status, start, end, money.amount, money.currency, money.valueDate));
                }
            }
            return budgets;
        }

        List<ImportedActivity.Transaction> transactions() {
            List<ImportedActivity.Transaction> transactions = new ArrayList<>();
            for (Node t : a.all("transaction")) {
                Node typeNode = t.first("transaction-type");
                String type = null;
                if (typeNode == null || typeNode.attr("code") == null) {
                    problem(t.path + "/transaction-type", "iati.noTransactionType");
                } else {
                    String raw = code(typeNode.attr("code"));
                    String mapped = TRANSACTION_TYPES_V1.getOrDefault(raw, raw);
                    if (known(Codes.TRANSACTION_TYPE, mapped)) {
                        type = mapped;
                    } else {
                        problem(typeNode.at("code"), "iati.unknownCodeLeftOut", "TransactionType", typeNode.attr("code"), part("transaction"));
                    }
                }
                Node dateNode = t.first("transaction-date");
                LocalDate date = dateNode == null ? null : date(dateNode.attr("iso-date"));
                if (dateNode == null) {
                    problem(t.path + "/transaction-date", "iati.noTransactionDate");
                } else if (date == null) {
                    problem(dateNode.at("iso-date"), "iati.notADate", dateNode.attr("iso-date"), part("transaction"));
                }
                Money money = money(t.first("value"), t.path + "/value", part("transaction"), true);
                if (type == null || date == null || money == null) {
                    continue;
                }
                Node provider = t.first("provider-org");
                Node receiver = t.first("receiver-org");
                transactions.add(new ImportedActivity.Transaction(t.attr("ref"), type, date, money.amount, money.currency, money.valueDate,
                        narrative(t.first("description")), provider == null ? null : narrative(provider),
                        provider == null ? null : provider.attr("ref"), receiver == null ? null : narrative(receiver),
                        receiver == null ? null : receiver.attr("ref")));
            }
            return transactions;
        }

        LocalDate requiredDate(Node element, String path, Reason what) {
            if (element == null) {
                problem(path, "iati.missing", what);
                return null;
            }
            LocalDate date = date(element.attr("iso-date"));
            if (date == null) {
                problem(element.at("iso-date"), "iati.notADate", element.attr("iso-date"), what);
            }
            return date;
        }

        record Money(BigDecimal amount, String currency, LocalDate valueDate) {
        }

        /** A {@code value} element: a number of zero or more, a known currency (its own or the default), and its value date. */
        Money money(Node value, String path, Reason what) {
            return money(value, path, what, false);
        }

        /**
         * As {@link #money(Node, String, Reason)}; {@code corrections} admits negative amounts, which IATI allows for transactions
         * that correct earlier ones.
         */
        Money money(Node value, String path, Reason what, boolean corrections) {
            if (value == null) {
                problem(path, "iati.noValue", what);
                return null;
            }
            boolean ok = true;
            BigDecimal amount = decimal(value.text());
            if (amount == null) {
                problem(value.path, "iati.notANumber", value.text(), what);
                ok = false;
            } else if (amount.signum() < 0 && !corrections) {
                problem(value.path, "iati.negativeAmount", amount.toPlainString(), what);
                ok = false;
            }
            String currency = code(value.attr("currency"));
            if (currency != null) {
                if (!known(Codes.CURRENCY, currency)) {
                    problem(value.at("currency"), "iati.unknownCodeLeftOut", "Currency", currency, what);
                    ok = false;
                }
            } else if (defaultCurrency != null) {
                currency = defaultCurrency;
            } else {
                problem(value.at("currency"), "iati.noCurrency", what);
                ok = false;
            }
            LocalDate valueDate = date(value.attr("value-date"));
            if (valueDate == null) {
                if (value.attr("value-date") == null) {
                    problem(value.at("value-date"), "iati.noValueDate");
                } else {
                    problem(value.at("value-date"), "iati.notADate", value.attr("value-date"), part("valueDate"));
                }
            }
            return ok ? new Money(amount, currency, valueDate) : null;
        }

        List<ImportedActivity.Result> results() {
            List<ImportedActivity.Result> results = new ArrayList<>();
            for (Node r : a.all("result")) {
                String type = codeAttribute(r, "type", Codes.RESULT_TYPE, part("resultType"));
                String title = narrative(r.first("title"));
                if (title == null) {
                    problem(r.path + "/title", "iati.noTitle", part("result"));
                }
                List<ImportedActivity.Indicator> indicators = new ArrayList<>();
                for (Node i : r.all("indicator")) {
                    ImportedActivity.Indicator indicator = indicator(i);
                    if (indicator != null) {
                        indicators.add(indicator);
                    }
                }
                if (type != null && title != null) {
                    results.add(new ImportedActivity.Result(type, title, indicators));
                }
            }
            return results;
        }

        ImportedActivity.Indicator indicator(Node i) {
            String measure = codeAttribute(i, "measure", Codes.INDICATOR_MEASURE, part("indicatorMeasure"));
            String title = narrative(i.first("title"));
            if (title == null) {
                problem(i.path + "/title", "iati.noTitle", part("indicator"));
            }
            // Units and percentages are numbers; nominal, ordinal and qualitative values are words.
            boolean numeric = "1".equals(measure) || "2".equals(measure);
            Integer baselineYear = null;
            String baselineValue = null;
            Node baseline = i.first("baseline");
            if (baseline != null) {
                String year = baseline.attr("year");
                if (year != null && YEAR.matcher(year).matches() && Integer.parseInt(year) > 0) {
                    baselineYear = Integer.valueOf(year);
                } else {
                    problem(baseline.at("year"), "iati.notAYear", year);
                }
                baselineValue = value(baseline, numeric);
                if (baselineYear == null) {
                    baselineValue = null;
                }
            }
            List<ImportedActivity.Period> periods = new ArrayList<>();
            for (Node p : i.all("period")) {
                LocalDate start = requiredDate(p.first("period-start"), p.path + "/period-start", part("period"));
                LocalDate end = requiredDate(p.first("period-end"), p.path + "/period-end", part("period"));
                if (start != null && end != null && end.isBefore(start)) {
                    problem(p.path + "/period-end", "iati.periodEndsBeforeStart", end, start);
                    continue;
                }
                List<ImportedActivity.Value> targets = values(p.all("target"), numeric);
                List<ImportedActivity.Value> actuals = values(p.all("actual"), numeric);
                if (start != null && end != null) {
                    periods.add(new ImportedActivity.Period(start, end, targets, actuals));
                }
            }
            return measure == null || title == null ? null : new ImportedActivity.Indicator(title, measure, baselineYear, baselineValue, periods);
        }

        List<ImportedActivity.Value> values(List<Node> nodes, boolean numeric) {
            List<ImportedActivity.Value> values = new ArrayList<>();
            for (Node n : nodes) {
                String value = value(n, numeric);
                if (value == null && n.attr("value") != null) {
                    continue;
                }
                List<ImportedActivity.Dimension> dimensions = new ArrayList<>();
                for (Node d : n.all("dimension")) {
                    dimensions.add(new ImportedActivity.Dimension(d.attr("name"), d.attr("value")));
                }
                values.add(new ImportedActivity.Value(value, dimensions));
            }
            return values;
        }

        /** The value attribute; for units and percentages it must be a number, else it is left out with a problem. */
        String value(Node n, boolean numeric) {
            String value = n.attr("value");
            if (value != null && numeric && decimal(value) == null) {
                problem(n.at("value"), "iati.indicatorValueNotANumber", value);
                return null;
            }
            return value;
        }

        List<ImportedActivity.DocumentLink> documents() {
            List<ImportedActivity.DocumentLink> documents = new ArrayList<>();
            for (Node d : a.all("document-link")) {
                String url = d.attr("url");
                if (!webAddress(url)) {
                    problem(d.at("url"), "iati.notAWebAddress", url);
                    continue;
                }
                String format = d.attr("format");
                documents.add(new ImportedActivity.DocumentLink(url, narrative(d.first("title")),
                        format == null ? null : format.toLowerCase(Locale.ROOT)));
            }
            return documents;
        }

        /** Only web addresses: a {@code javascript:} or {@code file:} link from a file must never reach a page. */
        boolean webAddress(String url) {
            if (url == null) {
                return false;
            }
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
