package org.tatracker.iati.control;

/**
 * Something in an IATI file that the reader refused or left out, and where.
 *
 * @param activityIdentifier the {@code iati-identifier} of the activity concerned; {@code null} for
 *        the file as a whole or for an activity without an identifier
 * @param path where in the file, as an XPath such as
 *        {@code /iati-activities/iati-activity[3]/transaction[2]/value/@currency}
 * @param reason what is wrong and what the reader did about it, in English
 */
public record Problem(String activityIdentifier, String path, String reason) {

    @Override
    public String toString() {
        return (activityIdentifier == null ? "" : activityIdentifier + " ") + path + ": " + reason;
    }
}
