package org.tatracker.codelist.control;

import java.util.List;
import java.util.Map;

/** A code list as the API and pages show it; {@code codes} is empty in summaries. */
public record CodeListView(String name, String source, long size, List<CodeView> codes) {

    /** One code with its label in the language asked for and in all six. */
    public record CodeView(String code, String parent, String name, Map<String, String> names, boolean withdrawn) {
    }
}
