package org.tatracker.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.boundary.ImportRefusedException;
import org.tatracker.assessment.control.NeedSheet;
import org.tatracker.assessment.entity.IllegalTransitionException;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.security.boundary.AccessDeniedException;

/**
 * Problem details read in the language the request asks for, English when it asks for none;
 * {@code status} and the field names stay as they are. (The JAX-RS {@code Response} around them,
 * with {@code Content-Language}, needs a container: the integration tests see it.)
 */
class ProblemMappersTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedFieldReadsInFrenchAndArabicAndEnglishByDefault() {
        InvalidValueException refused = new InvalidValueException("periodEnd", "notBeforeStart");
        Problem french = mappers.describe(refused, Locale.FRENCH);
        assertEquals(400, french.status());
        assertEquals("about:blank", french.type());
        assertEquals("Requête non valide", french.title());
        assertEquals("Un ou plusieurs champs ou paramètres ont été refusés.", french.detail());
        assertEquals(List.of(new Problem.FieldError("periodEnd", "ne doit pas être antérieur au début")), french.errors());

        Problem arabic = mappers.describe(refused, ARABIC);
        assertEquals("طلب غير صالح", arabic.title());
        assertEquals(List.of(new Problem.FieldError("periodEnd", "يجب ألا يسبق البداية")), arabic.errors());

        Problem english = mappers.describe(refused, Locale.ENGLISH);
        assertEquals("Invalid request", english.title());
        assertEquals("One or more fields or parameters were refused.", english.detail());
        assertEquals(List.of(new Problem.FieldError("periodEnd", "must not be before the start")), english.errors());
    }

    @Test
    void refusedParametersWorkflowConflictsAndLocksReadInTheRequestsLanguage() {
        Problem parameters = mappers.describe(new InvalidParameterException("scale", "betweenNumbers", 1, 10), Locale.forLanguageTag("ru"));
        assertEquals(List.of(new Problem.FieldError("scale", "должно быть от 1 до 10")), parameters.errors());

        Problem conflict = mappers.describe(new IllegalTransitionException("onlyFirstDraftDeleted", "shared"), Locale.FRENCH);
        assertEquals(409, conflict.status());
        assertEquals("Conflit", conflict.title());
        assertEquals("Seul un premier projet peut être supprimé ; celui-ci est à l’état shared", conflict.detail());

        Problem lock = mappers.describe(new OptimisticLockException(), Locale.forLanguageTag("zh"));
        assertEquals(409, lock.status());
        assertEquals("该记录已被他人更改；请重新加载后再次进行更改。", lock.detail());

        Problem signIn = mappers.describe(new AccessDeniedException(false), Locale.forLanguageTag("es"));
        assertEquals(401, signIn.status());
        assertEquals("Inicie sesión para hacerlo.", signIn.detail());
        assertEquals("Your account may not do this.", mappers.describe(new AccessDeniedException(true), Locale.ENGLISH).detail());
    }

    @Test
    void aRefusedSheetKeepsItsFieldNamesAndTranslatesItsReasons() {
        ImportRefusedException refused = new ImportRefusedException(List.of(new NeedSheet.Problem(4, "kinds", "needKinds")));
        Problem english = mappers.describe(refused, Locale.ENGLISH);
        assertEquals("Invalid file", english.title());
        assertEquals("1 problem(s); nothing was imported", english.detail());
        assertEquals(List.of(new Problem.FieldError("row 4, column kinds", "at least one of technical, material, training")), english.errors());

        Problem french = mappers.describe(refused, Locale.FRENCH);
        assertEquals("Fichier non valide", french.title());
        assertEquals("Problèmes relevés : 1 ; rien n’a été importé", french.detail());
        assertEquals("row 4, column kinds", french.errors().get(0).field(), "field names are for machines");
        assertEquals("au moins l’un des types suivants : technical, material, training", french.errors().get(0).message());
    }

    @Test
    void theUnexpectedSaysNothingOfItsInsides() {
        Problem arabic = mappers.describe(new IllegalStateException("SQL state 23505 in table account"), ARABIC);
        assertEquals(500, arabic.status());
        assertEquals("خطأ داخلي في الخادم", arabic.title());
        assertEquals("تعذر إتمام الطلب.", arabic.detail());
        assertEquals("Internal Server Error", mappers.describe(new IllegalStateException(), Locale.ENGLISH).title());
    }

    @Test
    void everyTitledStatusHasItsTitleInTheBundleAndKeepsTheEnglishReasonPhrase() throws IOException {
        Properties english = org.tatracker.testing.Bundles.load("/org/tatracker/i18n/reasons.properties");
        for (int status : ProblemMappers.TITLED) {
            assertTrue(english.containsKey("problem.status." + status), String.valueOf(status));
        }
        assertEquals("Not Found", ProblemMappers.title(404, Locale.ENGLISH));
        assertEquals("Introuvable", ProblemMappers.title(404, Locale.FRENCH));
        assertEquals("Request Entity Too Large", ProblemMappers.title(413, Locale.ENGLISH));
    }

    @org.junit.jupiter.api.Test
    void theParsersWordsKeepNoPackageOfTheApplication() {
        org.junit.jupiter.api.Assertions.assertEquals("Unable to deserialize property 'amount' of ProjectInput: Cannot parse 'abc' as BigDecimal",
                ProblemMappers.parserWords("Unable to deserialize property 'amount' of org.tatracker.project.boundary.ProjectInput: "
                        + "Cannot parse 'abc' as java.math.BigDecimal"));
        org.junit.jupiter.api.Assertions.assertEquals(301, ProblemMappers.parserWords("x".repeat(500)).length());
        org.junit.jupiter.api.Assertions.assertEquals("null", ProblemMappers.parserWords(null));
    }
}
