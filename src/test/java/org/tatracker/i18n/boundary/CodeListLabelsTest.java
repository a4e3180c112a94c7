package org.tatracker.i18n.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.entity.AssessmentAction;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.AssistanceKind;
import org.tatracker.assessment.entity.Framework;
import org.tatracker.assessment.entity.NeedCategory;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.assessment.entity.ValidationMethod;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.country.entity.ClassificationScheme;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;
import org.tatracker.iati.boundary.IatiImports;
import org.tatracker.indicator.control.DashboardTables;
import org.tatracker.project.entity.BudgetType;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.ContributionKind;
import org.tatracker.project.entity.LinkExtent;
import org.tatracker.project.entity.MaterialKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;
import org.tatracker.project.entity.TransactionType;
import org.tatracker.security.entity.Role;
import org.tatracker.seed.control.CodeListCsv;
import org.tatracker.seed.control.CodeSeed;
import org.tatracker.seed.control.SeedCatalog;

/**
 * Every code of the lists we define ourselves has its label in all six languages, Arabic, Chinese
 * and Russian in their own script: the enumerations the pages and PDFs label through a bundle key
 * (a prefix and the code, as in {@code msg['need.status.'.concat(n.status())]}), and our own CSV
 * code lists, whose labels the application reads with {@link CodeListCsv} into a {@link LocalizedName}.
 */
class CodeListLabelsTest {

    /**
     * Each prefix the pages and PDFs put before a code, with every code that can follow it, as the
     * page writes it (the enum's name, or what the page derives from the value). The languages are
     * named in their own language and script in every bundle (the language switcher's convention).
     */
    static final Map<String, List<String>> LABELLED = Map.ofEntries(
            Map.entry("assessment.status.", names(AssessmentStatus.class)),
            Map.entry("assessment.framework.", names(Framework.class)),
            Map.entry("assessment.validationMethod.", names(ValidationMethod.class)),
            // assessment.xhtml lists the workflow steps as the actions' names in lower case
            Map.entry("assessment.action.", names(AssessmentAction.class).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()),
            Map.entry("need.priority.", names(Priority.class)),
            // a need's status, and how far a project answers it (a link's extent) share the labels
            Map.entry("need.status.", Stream.concat(names(NeedStatus.class).stream(), names(LinkExtent.class).stream()).distinct().toList()),
            Map.entry("kind.", names(AssistanceKind.class)),
            Map.entry("category.", names(NeedCategory.class)),
            Map.entry("project.status.", names(ProjectStatus.class)),
            Map.entry("project.modality.", names(Modality.class)),
            Map.entry("component.kind.", names(ComponentKind.class)),
            Map.entry("partner.role.", names(PartnerRole.class)),
            Map.entry("partner.sscRole.", names(SscRole.class)),
            Map.entry("transaction.type.", names(TransactionType.class)),
            Map.entry("budget.type.", names(BudgetType.class)),
            Map.entry("contribution.kind.", names(ContributionKind.class)),
            Map.entry("item.kind.", names(MaterialKind.class)),
            Map.entry("event.type.", names(TrainingType.class)),
            Map.entry("event.modality.", names(TrainingModality.class)),
            Map.entry("scheme.", names(ClassificationScheme.class)),
            Map.entry("role.", names(Role.class)),
            Map.entry("audit.action.", names(AuditAction.class)),
            Map.entry("iati.import.outcome.", names(IatiImports.Outcome.class)),
            Map.entry("dashboard.export.", Arrays.stream(DashboardTables.Table.values()).map(DashboardTables.Table::fileName).toList()),
            Map.entry("language.", Arrays.stream(Language.values()).map(Language::tag).toList()));

    /**
     * Prefixes the pages use before something that is not a code list: indicator names (each with
     * its definition), a project's warnings, the headings of its code lists, the fields an IATI
     * import changes, the dashboard's column headers.
     */
    static final Set<String> NOT_CODE_LISTS = Set.of("indicator.", "project.warning.", "project.codes.", "iati.field.", "dashboard.col.",
            // the reasons bundle's (problem titles by HTTP status, parts of an IATI activity), whose keys ReasonsBundleTest checks
            "problem.status.", "iati.part.");

    /** Lists taken from outside whose missing translations fall back to English by design (seeds/README.md). */
    static final Set<String> FALL_BACK_TO_ENGLISH = Set.of("dac_purpose", "sdg_indicator");

    /** {@code msg['prefix.'.concat(...)]} in a page, {@code "prefix." + ...} in Java. */
    static final Pattern PAGE_LOOKUP = Pattern.compile("msg\\['([A-Za-z.]+\\.)'\\.concat\\(");
    static final Pattern JAVA_LOOKUP = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)*\\.)\"\\s*\\+");

    static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    static Properties bundle(Language language) {
        return MessagesTest.bundle(language == Language.EN ? "" : "_" + language.tag());
    }

    /** Whether a label in Arabic, Chinese or Russian has at least one letter of that script; true for the others. */
    static boolean inItsScript(String label, Language language) {
        Character.UnicodeScript script = switch (language) {
            case AR -> Character.UnicodeScript.ARABIC;
            case ZH -> Character.UnicodeScript.HAN;
            case RU -> Character.UnicodeScript.CYRILLIC;
            default -> null;
        };
        return script == null || label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    @Test
    void everyPrefixThePagesAndPdfsLookUpIsKnown() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("webapp")); Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path p : Stream.concat(pages.filter(f -> f.toString().endsWith(".xhtml")), java.filter(f -> f.toString().endsWith(".java"))).toList()) {
                Matcher m = (p.toString().endsWith(".xhtml") ? PAGE_LOOKUP : JAVA_LOOKUP).matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.containsAll(List.of("need.status.", "project.modality.", "assessment.status.")), "the scan finds the lookups: " + used);
        used.removeAll(LABELLED.keySet());
        used.removeAll(NOT_CODE_LISTS);
        assertEquals(Set.of(), used, "a new prefix: add its codes to LABELLED (or, if it labels no code list, to NOT_CODE_LISTS)");
    }

    @Test
    void everyLabelledCodeHasItsLabelInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties msg = bundle(language);
            LABELLED.forEach((prefix, codes) -> codes.forEach(code -> {
                String label = msg.getProperty(prefix + code);
                if (label == null || label.isBlank()) {
                    problems.add(language.tag() + ": no " + prefix + code);
                } else if (!inItsScript(label, prefix.equals("language.") ? Language.of(code).orElseThrow() : language)) {
                    problems.add(language.tag() + ": " + prefix + code + " is not in its script: " + label);
                }
            }));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCodeOfOurOwnCsvListsIsNamedInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (SeedCatalog.OwnList list : SeedCatalog.OWN_LISTS) {
            if (FALL_BACK_TO_ENGLISH.contains(list.name())) {
                continue;
            }
            for (CodeSeed code : CodeListCsv.parse(list.path(), new StringReader(seed(list.path())))) {
                LocalizedName names = new LocalizedName(code.names());
                for (Language language : Language.values()) {
                    String own = code.names().get(language);
                    if (own == null || own.isBlank()) {
                        problems.add(list.name() + " " + code.code() + ": no " + language.tag() + " name (shows " + names.in(language) + ")");
                    } else if (!inItsScript(own, language)) {
                        problems.add(list.name() + " " + code.code() + ": the " + language.tag() + " name is not in its script: " + own);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    static String seed(String path) {
        try {
            String s = Files.readString(Path.of("seeds").resolve(path), StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
