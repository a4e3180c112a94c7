package org.tatracker.iati.control;

import java.util.Locale;
import java.util.Objects;
import org.tatracker.i18n.entity.Reason;

/**
 * Something in an IATI file that the reader or the importer refused, left out or repaired, and where.
 *
 * @param activityIdentifier the {@code iati-identifier} of the activity concerned; {@code null} for
 *        the file as a whole or for an activity without an identifier
 * @param path where in the file, as an XPath such as
 *        {@code /iati-activities/iati-activity[3]/transaction[2]/value/@currency}
 * @param why what is wrong and what the reader did about it: a key of the reasons bundle with its
 *        arguments ({@link #reason()} in English, {@link #reason(Locale)} in one of the six languages)
 * @param severity whether it stops the file from being imported
 */
public record Problem(String activityIdentifier, String path, Reason why, Severity severity) {

    /**
     * {@link #ERROR}: the file breaks the schema, a codelist or a rule the tracker keeps; a file with one is not imported
     * at all. {@link #WARNING}: valid IATI the tracker does not keep, or a breach of an IATI rule that the importer repairs
     * in a documented way (percentages that do not total 100); the import goes ahead and the preview shows it.
     */
    public enum Severity {
        ERROR, WARNING
    }

    public Problem {
        Objects.requireNonNull(why, "why");
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** An error. */
    public Problem(String activityIdentifier, String path, Reason why) {
        this(activityIdentifier, path, why, Severity.ERROR);
    }

    /** A problem whose reason is a key of the reasons bundle without arguments, or a text shown as it is. */
    public Problem(String activityIdentifier, String path, String reason, Severity severity) {
        this(activityIdentifier, path, Reason.of(reason), severity);
    }

    /** An error whose reason is a key of the reasons bundle without arguments, or a text shown as it is. */
    public Problem(String activityIdentifier, String path, String reason) {
        this(activityIdentifier, path, Reason.of(reason), Severity.ERROR);
    }

    /** What is wrong, in English. */
    public String reason() {
        return why.english();
    }

    /** What is wrong, in the language of {@code locale} (one of the six, else English). */
    public String reason(Locale locale) {
        return why.text(locale);
    }

    /** The same problem with another severity. */
    public Problem as(Severity other) {
        return new Problem(activityIdentifier, path, why, other);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }

    /** Problems are equal when they say the same, in English, about the same place: however the reason was written. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && Objects.equals(activityIdentifier, p.activityIdentifier) && Objects.equals(path, p.path)
                && reason().equals(p.reason()) && severity == p.severity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(activityIdentifier, path, reason(), severity);
    }

    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "") + (activityIdentifier == null ? "" : activityIdentifier + " ") + path + ": "
                + reason();
    }
}
