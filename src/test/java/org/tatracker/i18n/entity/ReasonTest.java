package org.tatracker.i18n.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.control.NeedSheet;
import org.tatracker.assessment.entity.IllegalTransitionException;
import org.tatracker.iati.control.Problem;
import org.tatracker.platform.entity.InvalidValueException;

/** A refusal is written once, as a key and arguments, and read in each of the six languages. */
class ReasonTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void aRefusedValueReadsInTheReadersLanguageAndStaysEnglishForLogs() {
        InvalidValueException e = new InvalidValueException("title", "maxLength", 300);
        assertEquals("title: at most 300 characters", e.getMessage());
        assertEquals("at most 300 characters", e.reason());
        assertEquals("300 caractères au maximum", e.reason(Locale.FRENCH));
        assertEquals("300 حرفا كحد أقصى", e.reason(ARABIC));
        assertEquals("最多 300 个字符", e.reason(Locale.forLanguageTag("zh-CN")));
        assertEquals("не более 300 символов", e.reason(Locale.forLanguageTag("ru-RU")));
        assertEquals("300 caracteres como máximo", e.reason(Locale.forLanguageTag("es-419")));
        assertEquals("at most 300 characters", e.reason(Locale.GERMAN), "a language that is not one of the six reads English");
        assertEquals("at most 300 characters", e.reason(null));
    }

    @Test
    void argumentsKeepTheirTextAsTheCodeWroteIt() {
        // No grouping of thousands, no other digits: identifiers and codes read as they are.
        assertEquals("aucun budget 12345", new InvalidValueException("budget", "noBudget", 12345).reason(Locale.FRENCH));
        assertEquals("не более 4000 символов", new InvalidValueException("description", "requiredMaxLength", 4000)
                .reason(Locale.forLanguageTag("ru")).substring("обязательное поле, ".length()));
        assertEquals("must be one of [face_to_face, e_learning]",
                new InvalidValueException("modality", "oneOf", java.util.List.of("face_to_face", "e_learning")).reason());
    }

    @Test
    void apostrophesAndQuotesComeOutWhole() {
        assertEquals("'MOZ 6O' is not a percentage", new InvalidValueException("countries", "notAPercentage", "MOZ 6O").reason());
        assertEquals("« MOZ 6O » n’est pas un pourcentage", new InvalidValueException("countries", "notAPercentage", "MOZ 6O")
                .reason(Locale.FRENCH));
        assertEquals("letters, digits, '.', '_' and '-' only (IATI identifier)",
                new InvalidValueException("ownCode", "iatiIdentifierCharacters").reason());
        assertEquals("a donor's scope is its organisation, not countries", new InvalidValueException("countries", "donorNoCountries").reason());
    }

    @Test
    void aTextThatIsNoKeyIsShownAsItIs() {
        // Pages pass a text their own bundle translated already.
        InvalidValueException e = new InvalidValueException("amount", "Pas un nombre.");
        assertEquals("Pas un nombre.", e.reason(ARABIC));
        assertEquals("amount: Pas un nombre.", e.getMessage());
    }

    @Test
    void aNestedReasonReadsInTheSameLanguage() {
        Reason refused = Reason.of("iati.budgetRefused", Reason.of("notBeforeStart"));
        assertEquals("the tracker refuses this budget (must not be before the start): left out", refused.english());
        assertEquals("l’application refuse ce budget (ne doit pas être antérieur au début) : écarté", refused.text(Locale.FRENCH));
        Problem p = new Problem("XI-1", "/iati-activities/iati-activity[1]/budget[1]", refused, Problem.Severity.WARNING);
        assertEquals(p, new Problem("XI-1", "/iati-activities/iati-activity[1]/budget[1]",
                "the tracker refuses this budget (must not be before the start): left out", Problem.Severity.WARNING),
                "problems are equal when they say the same");
        assertEquals("لا يوجد عنوان: استُبعد العنصر (المؤشر)", Reason.of("iati.noTitle", Reason.of("iati.part.indicator")).text(ARABIC));
    }

    @Test
    void workflowRefusalsAndSheetProblemsReadInTheReadersLanguage() {
        // the action and the status as the pages label them (the interface's bundle), in the reader's language
        IllegalTransitionException illegal = new IllegalTransitionException("transitionNotAllowed", Reason.of("assessment.action.submit"),
                Reason.of("assessment.status.SHARED"));
        assertEquals("The action \"Submit\" is not possible for an assessment in the status \"Shared with the government\"", illegal.getMessage());
        java.util.ResourceBundle fr = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", Locale.FRENCH);
        assertEquals("Action « " + fr.getString("assessment.action.submit") + " » impossible pour une évaluation à l’état "
                + fr.getString("assessment.status.SHARED"), illegal.getMessage(Locale.FRENCH));
        java.util.ResourceBundle ar = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", ARABIC);
        assertEquals("لا يمكن تنفيذ الإجراء «" + ar.getString("assessment.action.submit") + "» على تقييم حالته " + ar.getString("assessment.status.SHARED"),
                illegal.getMessage(ARABIC));
        NeedSheet.Problem row = new NeedSheet.Problem(3, "cost_amount", "notANumber", "abc");
        assertEquals("row 3, column cost_amount: not a number: abc", row.toString());
        assertEquals("ligne 3, colonne cost_amount : n’est pas un nombre : abc", row.text(Locale.FRENCH));
        assertEquals("الصف 3، العمود cost_amount: ليس عددا: abc", row.text(ARABIC));
    }

    @Test
    void aReasonSurvivesSerialisation() throws IOException, ClassNotFoundException {
        Reason reason = Reason.of("iati.trackerRefuses", Reason.of("maxLength", 300));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new InvalidValueException("title", reason));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidValueException read = (InvalidValueException) in.readObject();
            assertEquals(reason, read.why());
            assertEquals("refusé par l’application : 300 caractères au maximum", read.reason(Locale.FRENCH));
        }
    }
}
