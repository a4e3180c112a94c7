package org.tatracker.i18n.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.tatracker.i18n.entity.Language;

/**
 * The language of this visitor's session: chosen from {@code Accept-Language} on the first
 * request, changed with the switcher on any page ({@code ?lang=xx}).
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language current;

    public boolean isChosen() {
        return current != null;
    }

    public void choose(Language language) {
        this.current = language;
    }

    /** The first of the browser's preferred languages that is a UN language, else English. */
    public void chooseFrom(Enumeration<Locale> preferred) {
        current = Language.firstOf(preferred == null ? List.of() : Collections.list(preferred));
    }

    public Language getCurrent() {
        return current == null ? Language.EN : current;
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    public String getTag() {
        return getCurrent().tag();
    }

    public String getDir() {
        return getCurrent().rightToLeft() ? "rtl" : "ltr";
    }

    public List<Language> getAvailable() {
        return Arrays.asList(Language.values());
    }
}
