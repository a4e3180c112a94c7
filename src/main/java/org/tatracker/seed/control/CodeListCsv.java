package org.tatracker.seed.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tatracker.i18n.entity.Language;

/**
 * Reads one of our own code lists: {@code code,parent,sort,name_en,name_fr,name_es,name_ru,name_zh,name_ar}.
 * Every problem of the file is reported at once; a file with any problem yields nothing.
 */
public final class CodeListCsv {

    static final List<String> HEADER = List.of("code", "parent", "sort", "name_en", "name_fr", "name_es", "name_ru",
            "name_zh", "name_ar");

    private CodeListCsv() {
    }

    public static List<CodeSeed> parse(String file, Reader reader) {
        List<String> problems = new ArrayList<>();
        List<CodeSeed> codes = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new SeedException(file, List.of("header must be " + String.join(",", HEADER) + " but is "
                        + String.join(",", parser.getHeaderNames())));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (row.size() != HEADER.size()) {
                    problems.add("row " + line + ": " + row.size() + " columns, expected " + HEADER.size());
                    continue;
                }
                String code = row.get("code").strip();
                if (code.isEmpty() || code.length() > 40) {
                    problems.add("row " + line + ", column code: must be 1 to 40 characters");
                } else if (!seen.add(code)) {
                    problems.add("row " + line + ", column code: duplicate code " + code);
                }
                int sort = 0;
                try {
                    sort = Integer.parseInt(row.get("sort").strip());
                } catch (NumberFormatException e) {
                    problems.add("row " + line + ", column sort: not an integer: " + row.get("sort"));
                }
                Map<Language, String> names = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    String name = row.get("name_" + language.tag()).strip();
                    if (!name.isEmpty()) {
                        names.put(language, name);
                    }
                }
                if (!names.containsKey(Language.EN)) {
                    problems.add("row " + line + ", column name_en: an English name is required");
                }
                codes.add(new CodeSeed(code, row.get("parent").strip(), sort, false, names));
            }
            for (CodeSeed c : codes) {
                if (!c.parent().isEmpty() && !seen.contains(c.parent())) {
                    problems.add("code " + c.code() + ", column parent: unknown parent " + c.parent());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add("unreadable CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new SeedException(file, problems);
        }
        return List.copyOf(codes);
    }
}
