package org.tatracker.country.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tatracker.country.control.CountryQuery;
import org.tatracker.country.control.CountryView;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.boundary.LanguageSelection;

/** countries.xhtml: the country register, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class CountryList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Countries countries;

    @Inject
    LanguageSelection language;

    private String region;
    private String subRegion;
    private String ldc = "";
    private String lldc = "";
    private String sids = "";
    private String globalSouth = "";
    private String text;
    private List<M49Area.Unit> regions;
    private List<M49Area.Unit> subRegions;
    private final Rows rows = new Rows();

    @PostConstruct
    void init() {
        regions = countries.regions();
        subRegions = countries.subRegions(null);
    }

    public void regionChanged() {
        subRegions = countries.subRegions(region == null || region.isBlank() ? null : region);
        if (subRegion != null && subRegions.stream().noneMatch(s -> s.code().equals(subRegion))) {
            subRegion = null;
        }
    }

    public void reset() {
        region = null;
        subRegion = null;
        ldc = lldc = sids = globalSouth = "";
        text = null;
        regionChanged();
    }

    CountryQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        CountryQuery.Sort sort = CountryQuery.Sort.NAME;
        boolean descending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = switch (meta.getField()) {
                case "iso3" -> CountryQuery.Sort.ISO3;
                case "m49" -> CountryQuery.Sort.M49;
                case "region" -> CountryQuery.Sort.REGION;
                case "subRegion" -> CountryQuery.Sort.SUB_REGION;
                default -> CountryQuery.Sort.NAME;
            };
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        int size = Math.max(1, Math.min(pageSize, CountryQuery.MAX_SIZE));
        return new CountryQuery(blankToNull(region), blankToNull(subRegion), tri(ldc), tri(lldc), tri(sids), tri(globalSouth),
                text, language.getCurrent(), sort, descending, first / size, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Boolean tri(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value);
    }

    /** The lazy model behind the table: each page is one query (plus one for its classifications). */
    public class Rows extends LazyDataModel<CountryView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) countries.count(query(0, 1, null));
        }

        @Override
        public List<CountryView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // PrimeFaces asked count() just before: only the page is read here.
            return countries.page(query(first, pageSize, sortBy));
        }

        @Override
        public String getRowKey(CountryView country) {
            return country.iso3();
        }
    }

    public Rows getRows() {
        return rows;
    }

    public List<M49Area.Unit> getRegions() {
        return regions;
    }

    public List<M49Area.Unit> getSubRegions() {
        return subRegions;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getSubRegion() {
        return subRegion;
    }

    public void setSubRegion(String subRegion) {
        this.subRegion = subRegion;
    }

    public String getLdc() {
        return ldc;
    }

    public void setLdc(String ldc) {
        this.ldc = ldc;
    }

    public String getLldc() {
        return lldc;
    }

    public void setLldc(String lldc) {
        this.lldc = lldc;
    }

    public String getSids() {
        return sids;
    }

    public void setSids(String sids) {
        this.sids = sids;
    }

    public String getGlobalSouth() {
        return globalSouth;
    }

    public void setGlobalSouth(String globalSouth) {
        this.globalSouth = globalSouth;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
