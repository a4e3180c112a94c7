package org.tatracker.i18n.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A name in the six UN languages. English is required; any other language may be missing, and
 * then reads as English.
 */
@Embeddable
public class LocalizedName {

    @Column(name = "name_en", nullable = false)
    private String en;
    @Column(name = "name_fr")
    private String fr;
    @Column(name = "name_es")
    private String es;
    @Column(name = "name_ru")
    private String ru;
    @Column(name = "name_zh")
    private String zh;
    @Column(name = "name_ar")
    private String ar;

    protected LocalizedName() {
    }

    public LocalizedName(Map<Language, String> names) {
        String english = blankToNull(names.get(Language.EN));
        if (english == null) {
            throw new IllegalArgumentException("An English name is required");
        }
        this.en = english;
        this.fr = blankToNull(names.get(Language.FR));
        this.es = blankToNull(names.get(Language.ES));
        this.ru = blankToNull(names.get(Language.RU));
        this.zh = blankToNull(names.get(Language.ZH));
        this.ar = blankToNull(names.get(Language.AR));
    }

    /** The name in the language, or in English where that language has none. */
    public String in(Language language) {
        String name = switch (language) {
            case AR -> ar;
            case ZH -> zh;
            case EN -> en;
            case FR -> fr;
            case RU -> ru;
            case ES -> es;
        };
        return name != null ? name : en;
    }

    /** All six names keyed by language tag, English filled in where a language has none. */
    public Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            names.put(language.tag(), in(language));
        }
        return names;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedName other && en.equals(other.en) && Objects.equals(fr, other.fr)
                && Objects.equals(es, other.es) && Objects.equals(ru, other.ru) && Objects.equals(zh, other.zh)
                && Objects.equals(ar, other.ar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, fr, es, ru, zh, ar);
    }

    @Override
    public String toString() {
        return en;
    }
}
