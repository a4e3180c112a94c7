package org.tatracker.assessment.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;
import org.tatracker.assessment.control.NeedSheet;
import org.tatracker.i18n.entity.Reason;

/** A spreadsheet with at least one bad row: nothing of it is imported, and every bad row is named. */
@ApplicationException(rollback = true)
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<NeedSheet.Problem> problems;

    public ImportRefusedException(List<NeedSheet.Problem> problems) {
        super(summary(problems.size()).english());
        this.problems = List.copyOf(problems);
    }

    private static Reason summary(int count) {
        return Reason.of("sheetRefused", count);
    }

    /** How many problems, and that nothing was imported, in the language of {@code locale}. */
    public String getMessage(Locale locale) {
        return summary(problems.size()).text(locale);
    }

    public List<NeedSheet.Problem> problems() {
        return problems;
    }
}
