package org.tatracker.assessment.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.tatracker.assessment.control.NeedSheet;

/** A spreadsheet with at least one bad row: nothing of it is imported, and every bad row is named. */
@ApplicationException(rollback = true)
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<NeedSheet.Problem> problems;

    public ImportRefusedException(List<NeedSheet.Problem> problems) {
        super(problems.size() + " problem(s); nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<NeedSheet.Problem> problems() {
        return problems;
    }
}
