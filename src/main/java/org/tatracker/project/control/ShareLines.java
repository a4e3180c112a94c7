package org.tatracker.project.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tatracker.platform.entity.InvalidValueException;

/**
 * Reads shares typed in one field, as the project editor offers them: codes each followed by an
 * optional percentage, separated by commas, semicolons or new lines ("MOZ 60, TZA 40" or
 * "15130 70; 15210 30"). A code alone stands for the whole (its percentage is left out).
 */
public final class ShareLines {

    /** A code and its percentage, or {@code null} when none was typed. */
    public record Share(String code, BigDecimal percentage) {
    }

    private ShareLines() {
    }

    public static List<Share> parse(String text, String field) {
        List<Share> shares = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return shares;
        }
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String part : text.split("[,;\\n]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] tokens = p.split("\\s+");
            if (tokens.length > 2) {
                throw new InvalidValueException(field, "shareLine", p);
            }
            String code = tokens[0].toUpperCase(Locale.ROOT);
            BigDecimal percentage = null;
            if (tokens.length == 2) {
                try {
                    percentage = new BigDecimal(tokens[1].replace("%", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new InvalidValueException(field, "notAPercentage", tokens[1]);
                }
            }
            if (seen.put(code, Boolean.TRUE) != null) {
                throw new InvalidValueException(field, "namedTwice", code);
            }
            shares.add(new Share(code, percentage));
        }
        return shares;
    }

    /** The shares written back as the editor shows them. */
    public static String format(List<Share> shares) {
        return String.join(", ", shares.stream().map(s -> s.percentage() == null ? s.code()
                : s.code() + " " + s.percentage().stripTrailingZeros().toPlainString()).toList());
    }
}
