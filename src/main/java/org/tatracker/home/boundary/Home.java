package org.tatracker.home.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tatracker.codelist.boundary.CodeLists;
import org.tatracker.country.boundary.Countries;
import org.tatracker.country.control.CountryQuery;
import org.tatracker.i18n.boundary.LanguageSelection;

/** index.xhtml: what the tracker is, and what it already holds. */
@Named
@ViewScoped
public class Home implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Countries countries;

    @Inject
    CodeLists codeLists;

    @Inject
    LanguageSelection language;

    private long countryCount;
    private long globalSouthCount;
    private int codeListCount;

    @PostConstruct
    void init() {
        countryCount = countries.count(CountryQuery.all(language.getCurrent()));
        globalSouthCount = countries.count(CountryQuery.all(language.getCurrent()).globalSouthOnly());
        codeListCount = codeLists.all().size();
    }

    public long getCountryCount() {
        return countryCount;
    }

    public long getGlobalSouthCount() {
        return globalSouthCount;
    }

    public int getCodeListCount() {
        return codeListCount;
    }
}
