package org.tatracker.iati.control;

/**
 * Something in an IATI file that the reader or the importer refused, left out or repaired, and where.
 *
 * @param activityIdentifier the {@code iati-identifier} of the activity concerned; {@code null} for
 *        the file as a whole or for an activity without an identifier
 * @param path where in the file, as an XPath such as
 *        {@code /iati-activities/iati-activity[3]/transaction[2]/value/@currency}
 * @param reason what is wrong and what the reader did about it, in English
 * @param severity whether it stops the file from being imported
 */
public record Problem(String activityIdentifier, String path, String reason, Severity severity) {

    /**
     * {@link #ERROR}: the file breaks the schema, a codelist or a rule the tracker keeps; a file with one is not imported
     * at all. {@link #WARNING}: valid IATI the tracker does not keep, or a breach of an IATI rule that the importer repairs
     * in a documented way (percentages that do not total 100); the import goes ahead and the preview shows it.
     */
    public enum Severity {
        ERROR, WARNING
    }

    public Problem {
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** An error. */
    public Problem(String activityIdentifier, String path, String reason) {
        this(activityIdentifier, path, reason, Severity.ERROR);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "") + (activityIdentifier == null ? "" : activityIdentifier + " ") + path + ": "
                + reason;
    }
}
