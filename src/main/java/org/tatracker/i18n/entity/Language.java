package org.tatracker.i18n.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in the UN's customary order. */
public enum Language {
    AR("ar", true),
    ZH("zh", false),
    EN("en", false),
    FR("fr", false),
    RU("ru", false),
    ES("es", false);

    private final String tag;
    private final boolean rightToLeft;

    Language(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The language of a tag such as {@code zh}, {@code zh-CN} or {@code FR}, if it is one of the six. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.toLanguageTag()).orElse(EN);
    }

    /** The first of {@code preferred} that is one of the six, else English. */
    public static Language firstOf(Iterable<Locale> preferred) {
        if (preferred != null) {
            for (Locale locale : preferred) {
                var match = locale == null ? Optional.<Language>empty() : of(locale.toLanguageTag());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return EN;
    }

    /**
     * The language an {@code Accept-Language} header asks for: the acceptable language of the six
     * with the highest weight (the earlier one on a tie), else English, also when the header is
     * missing or malformed. A range with {@code q=0} is one the client refuses.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        // parse() sorts by weight, keeping the header's order on a tie, and adds extended ranges after their source.
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                var match = of(range.getRange());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return EN;
    }
}
