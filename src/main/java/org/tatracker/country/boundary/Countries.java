package org.tatracker.country.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tatracker.country.control.CountryQuery;
import org.tatracker.country.control.CountryView;
import org.tatracker.country.entity.ClassificationScheme;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.CountryClassification;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.control.SearchText;

/**
 * The country register: filtered, sorted and paged in the database. A country's classifications
 * are read for a whole page in one query; the current value of a scheme is its latest dated row.
 */
@Stateless
public class Countries {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tatracker.globalSouth.scheme", defaultValue = "UNCTAD_DEVELOPING")
    ClassificationScheme globalSouthScheme;

    public Page<CountryView> list(CountryQuery query) {
        return new Page<>(page(query), count(query), query.page(), query.size());
    }

    /** How many countries match, counted by the database. */
    public long count(CountryQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Country> counted = count.from(Country.class);
        count.select(cb.count(counted)).where(filters(query, cb, count, counted));
        return em.createQuery(count).getSingleResult();
    }

    /** One page of what {@link #count} counts. */
    public List<CountryView> page(CountryQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Country> select = cb.createQuery(Country.class);
        Root<Country> country = select.from(Country.class);
        select.select(country).where(filters(query, cb, select, country)).orderBy(order(query, cb, country));
        List<Country> rows = em.createQuery(select)
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultList();
        return views(rows, query.language());
    }

    public Optional<CountryView> find(String iso3, Language language) {
        if (iso3 == null || !iso3.matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM Country c WHERE c.iso3 = :iso3", Country.class)
                .setParameter("iso3", iso3.toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .map(c -> views(List.of(c), language).get(0));
    }

    /** The M49 regions that have countries, for filters. */
    public List<M49Area.Unit> regions() {
        return em.createQuery("SELECT DISTINCT c.area.regionCode, c.area.regionName FROM Country c "
                + "WHERE c.area.regionCode IS NOT NULL ORDER BY c.area.regionName", Object[].class)
                .getResultList().stream().map(r -> new M49Area.Unit((String) r[0], (String) r[1])).toList();
    }

    /** The sub-regions of a region, or all of them when the region is {@code null}. */
    public List<M49Area.Unit> subRegions(String regionCode) {
        String jpql = "SELECT DISTINCT c.area.subRegionCode, c.area.subRegionName FROM Country c "
                + "WHERE c.area.subRegionCode IS NOT NULL"
                + (regionCode == null ? "" : " AND c.area.regionCode = :region")
                + " ORDER BY c.area.subRegionName";
        var query = em.createQuery(jpql, Object[].class);
        if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        return query.getResultList().stream().map(r -> new M49Area.Unit((String) r[0], (String) r[1])).toList();
    }

    /** The country of an ISO alpha-3 code a client gave (any case), or a refusal naming the field. */
    public Country require(String iso3, String field) {
        if (iso3 == null || iso3.isBlank()) {
            throw new org.tatracker.platform.entity.InvalidValueException(field, "countryCodeRequired");
        }
        return em.createQuery("SELECT c FROM Country c WHERE c.iso3 = :c", Country.class)
                .setParameter("c", iso3.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new org.tatracker.platform.entity.InvalidValueException(field, "unknownCountryCode", iso3));
    }

    /** ISO alpha-2 code of every country by its alpha-3 code (IATI writes countries as alpha-2). */
    public Map<String, String> iso2ByIso3() {
        Map<String, String> codes = new HashMap<>();
        em.createQuery("SELECT c.iso3, c.iso2 FROM Country c", Object[].class).getResultList()
                .forEach(r -> codes.put((String) r[0], (String) r[1]));
        return codes;
    }

    public ClassificationScheme globalSouthScheme() {
        return globalSouthScheme;
    }

    /**
     * The ISO alpha-3 codes, among those given, of the countries that the configured Global South
     * rule counts as Southern now (the latest dated row of the scheme); a few codes read with their rows only.
     */
    public java.util.Set<String> southern(java.util.Collection<String> iso3s) {
        java.util.Set<String> codes = iso3s.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        if (codes.isEmpty()) {
            return java.util.Set.of();
        }
        return rule(em.createQuery(RULE + " AND c.iso3 IN :codes", Object[].class).setParameter("scheme", globalSouthScheme)
                .setParameter("codes", codes).getResultList()).members();
    }

    /**
     * The configured Global South rule as its classification stands: the scheme, the date of its latest classification
     * (null when none is loaded), and the countries it counts as Southern, each by its own latest dated row.
     */
    public record GlobalSouth(ClassificationScheme scheme, java.time.LocalDate asOf, java.util.Set<String> members) {

        /** Those of the given ISO alpha-3 codes that are Southern. */
        public java.util.Set<String> among(java.util.Collection<String> iso3s) {
            return iso3s.stream().filter(code -> code != null && members.contains(code)).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The scheme's rows as columns: country, date, member. */
    private static final String RULE = "SELECT c.iso3, cc.asOf, cc.member FROM CountryClassification cc JOIN cc.country c WHERE cc.scheme = :scheme";

    /** The Global South rule read in one query: the scheme's rows as columns (a few hundred), no entities built. */
    public GlobalSouth globalSouth() {
        return rule(em.createQuery(RULE, Object[].class).setParameter("scheme", globalSouthScheme).getResultList());
    }

    /** The rule over these rows: each country by its latest dated row; the date of the latest row of all. */
    private GlobalSouth rule(List<Object[]> rows) {
        java.util.Map<String, Object[]> latest = new java.util.HashMap<>();
        java.time.LocalDate asOf = null;
        for (Object[] r : rows) {
            java.time.LocalDate date = (java.time.LocalDate) r[1];
            latest.merge((String) r[0], r, (a, b) -> ((java.time.LocalDate) a[1]).isAfter((java.time.LocalDate) b[1]) ? a : b);
            asOf = asOf == null || date.isAfter(asOf) ? date : asOf;
        }
        return new GlobalSouth(globalSouthScheme, asOf, latest.values().stream().filter(r -> Boolean.TRUE.equals(r[2]))
                .map(r -> (String) r[0]).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private Predicate[] filters(CountryQuery q, CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Country> c) {
        List<Predicate> where = new ArrayList<>();
        Path<M49Area> area = c.get("area");
        if (q.region() != null) {
            where.add(cb.equal(area.get("regionCode"), q.region()));
        }
        if (q.subRegion() != null) {
            where.add(cb.equal(area.get("subRegionCode"), q.subRegion()));
        }
        classified(q.ldc(), ClassificationScheme.LDC, cb, cq, c).ifPresent(where::add);
        classified(q.lldc(), ClassificationScheme.LLDC, cb, cq, c).ifPresent(where::add);
        classified(q.sids(), ClassificationScheme.SIDS, cb, cq, c).ifPresent(where::add);
        classified(q.globalSouth(), globalSouthScheme, cb, cq, c).ifPresent(where::add);
        if (q.text() != null) {
            // LIKE without ESCAPE: an ESCAPE clause or a parameter inside a function makes EclipseLink inline
            // every parameter, and Derby refuses the inlined booleans of the classification filters.
            where.add(cb.or(
                    cb.like(cb.lower(name(c, q.language())), SearchText.pattern(q.text(), q.language().locale())),
                    cb.like(cb.lower(name(c, Language.EN)), SearchText.pattern(q.text(), java.util.Locale.ROOT)),
                    cb.equal(c.get("iso3"), q.text().toUpperCase(java.util.Locale.ROOT))));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Countries whose current (latest) classification in the scheme says {@code member}. */
    private static Optional<Predicate> classified(Boolean member, ClassificationScheme scheme, CriteriaBuilder cb,
            CriteriaQuery<?> cq, Root<Country> c) {
        if (member == null) {
            return Optional.empty();
        }
        Subquery<LocalDate> latest = cq.subquery(LocalDate.class);
        Root<CountryClassification> l = latest.from(CountryClassification.class);
        latest.select(cb.greatest(l.<LocalDate>get("asOf")))
                .where(cb.equal(l.get("country"), c), cb.equal(l.get("scheme"), scheme));
        Subquery<Long> match = cq.subquery(Long.class);
        Root<CountryClassification> cc = match.from(CountryClassification.class);
        match.select(cc.get("id")).where(
                cb.equal(cc.get("country"), c),
                cb.equal(cc.get("scheme"), scheme),
                cb.equal(cc.get("member"), member),
                cb.equal(cc.get("asOf"), latest));
        return Optional.of(cb.exists(match));
    }

    private static Expression<String> name(Root<Country> c, Language language) {
        return c.get("names").get(language.tag());
    }

    private static List<Order> order(CountryQuery q, CriteriaBuilder cb, Root<Country> c) {
        Path<M49Area> area = c.get("area");
        List<Expression<?>> keys = switch (q.sort()) {
            case NAME -> List.of(name(c, q.language()));
            case ISO3 -> List.of(c.get("iso3"));
            case M49 -> List.of(c.get("m49"));
            case REGION -> List.of(area.get("regionName"), name(c, q.language()));
            case SUB_REGION -> List.of(area.get("subRegionName"), name(c, q.language()));
        };
        List<Order> orders = new ArrayList<>();
        for (Expression<?> key : keys) {
            orders.add(q.descending() ? cb.desc(key) : cb.asc(key));
        }
        orders.add(cb.asc(c.get("m49"))); // a total order, so that pages never overlap
        return orders;
    }

    private List<CountryView> views(List<Country> countries, Language language) {
        if (countries.isEmpty()) {
            return List.of();
        }
        Map<String, List<CountryClassification>> byCountry = em.createQuery(
                "SELECT cc FROM CountryClassification cc WHERE cc.country.m49 IN :ids", CountryClassification.class)
                .setParameter("ids", countries.stream().map(Country::m49).toList())
                .getResultList().stream()
                .collect(Collectors.groupingBy(cc -> cc.country().m49()));
        return countries.stream().map(c -> view(c, current(byCountry.getOrDefault(c.m49(), List.of())), language)).toList();
    }

    /** The latest row of each scheme. */
    private static Map<ClassificationScheme, CountryClassification> current(List<CountryClassification> rows) {
        Map<ClassificationScheme, CountryClassification> current = new HashMap<>();
        for (CountryClassification row : rows) {
            current.merge(row.scheme(), row, (a, b) -> a.asOf().isAfter(b.asOf()) ? a : b);
        }
        return current;
    }

    private CountryView view(Country c, Map<ClassificationScheme, CountryClassification> current, Language language) {
        M49Area area = c.area();
        CountryClassification south = current.get(globalSouthScheme);
        List<CountryView.Classification> classifications = current.values().stream()
                .sorted(Comparator.comparing(CountryClassification::scheme))
                .map(Countries::classification).toList();
        return new CountryView(c.iso3(), c.iso2(), c.m49(), c.name(language), c.names().all(),
                area(area.region()), area(area.subRegion()), area(area.intermediateRegion()),
                member(current, ClassificationScheme.LDC), member(current, ClassificationScheme.LLDC),
                member(current, ClassificationScheme.SIDS),
                south == null ? null : south.member(), south == null ? null : classification(south), classifications);
    }

    private static boolean member(Map<ClassificationScheme, CountryClassification> current, ClassificationScheme scheme) {
        CountryClassification row = current.get(scheme);
        return row != null && row.member();
    }

    private static CountryView.Classification classification(CountryClassification cc) {
        return new CountryView.Classification(cc.scheme().name(), cc.member(), cc.asOf(), cc.source());
    }

    private static CountryView.Area area(M49Area.Unit unit) {
        return unit == null ? null : new CountryView.Area(unit.code(), unit.name());
    }
}
