package org.tatracker.seed.control;

import java.util.List;

/** A seed file that cannot be applied, with every problem found in it (file, row, reason). */
public class SeedException extends RuntimeException {

    private final transient List<String> problems;

    public SeedException(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s): " + String.join("; ", problems.subList(0, Math.min(20, problems.size()))));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
