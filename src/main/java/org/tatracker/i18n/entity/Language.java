package org.tatracker.i18n.entity;

import java.util.Arrays;
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
}
