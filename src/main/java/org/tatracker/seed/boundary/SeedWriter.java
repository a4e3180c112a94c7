package org.tatracker.seed.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tatracker.codelist.entity.Code;
import org.tatracker.codelist.entity.CodeList;
import org.tatracker.country.entity.ClassificationScheme;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.CountryClassification;
import org.tatracker.i18n.entity.LocalizedName;
import org.tatracker.seed.control.CodeSeed;
import org.tatracker.seed.control.CountrySeed;
import org.tatracker.seed.control.GlobalSouthRule;
import org.tatracker.seed.control.SeedCatalog;
import org.tatracker.seed.entity.SeedFile;

/**
 * Upserts reference data by natural key, one seed per transaction: a seed that fails leaves the
 * database as it was, and applying a seed twice changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SeedWriter {

    @PersistenceContext
    EntityManager em;

    /** Countries and their classifications; returns the number of rows inserted or changed. */
    public int applyCountries(String seedName, String sha256, List<CountrySeed> seeds) {
        Map<String, Country> existing = em.createQuery("SELECT c FROM Country c", Country.class).getResultList()
                .stream().collect(Collectors.toMap(Country::m49, Function.identity()));
        Map<String, CountryClassification> classifications = new HashMap<>();
        for (CountryClassification cc : em.createQuery("SELECT cc FROM CountryClassification cc", CountryClassification.class)
                .getResultList()) {
            classifications.put(key(cc.country().m49(), cc.scheme(), cc.asOf()), cc);
        }
        int changed = 0;
        for (CountrySeed seed : seeds) {
            LocalizedName names = new LocalizedName(new EnumMap<>(seed.names()));
            Country country = existing.get(seed.m49());
            if (country == null) {
                country = new Country(seed.m49(), seed.iso2(), seed.iso3(), seed.area(), names);
                em.persist(country);
                changed++;
            } else if (country.update(seed.iso2(), seed.iso3(), seed.area(), names)) {
                changed++;
            }
            changed += classify(classifications, country, ClassificationScheme.LDC, seed.ldc(), SeedCatalog.M49_AS_OF, SeedCatalog.M49_SOURCE);
            changed += classify(classifications, country, ClassificationScheme.LLDC, seed.lldc(), SeedCatalog.M49_AS_OF, SeedCatalog.M49_SOURCE);
            changed += classify(classifications, country, ClassificationScheme.SIDS, seed.sids(), SeedCatalog.M49_AS_OF, SeedCatalog.M49_SOURCE);
            if (GlobalSouthRule.classifies(seed)) {
                changed += classify(classifications, country, ClassificationScheme.UNCTAD_DEVELOPING,
                        GlobalSouthRule.isDevelopingEconomy(seed), SeedCatalog.M49_AS_OF, SeedCatalog.UNCTAD_SOURCE);
            }
            if (seed.m49Developing() != null) {
                changed += classify(classifications, country, ClassificationScheme.M49_DEVELOPING, seed.m49Developing(),
                        SeedCatalog.M49_DEVELOPING_AS_OF, SeedCatalog.M49_DEVELOPING_SOURCE);
            }
        }
        record(seedName, sha256, seeds.size());
        return changed;
    }

    private int classify(Map<String, CountryClassification> existing, Country country, ClassificationScheme scheme,
            boolean member, LocalDate asOf, String source) {
        CountryClassification current = existing.get(key(country.m49(), scheme, asOf));
        if (current == null) {
            em.persist(new CountryClassification(country, scheme, member, asOf, source));
            return 1;
        }
        return current.restate(member, source) ? 1 : 0;
    }

    private static String key(String m49, ClassificationScheme scheme, LocalDate asOf) {
        return m49 + '|' + scheme + '|' + asOf;
    }

    /** One code list; codes are matched by their code, and codes no longer in the file are marked withdrawn. */
    public int applyCodeList(String seedName, String sha256, String listName, String source, List<CodeSeed> seeds) {
        CodeList list = em.find(CodeList.class, listName);
        if (list == null) {
            em.persist(new CodeList(listName, source));
        } else {
            list.restate(source);
        }
        Map<String, Code> existing = em.createQuery("SELECT c FROM Code c WHERE c.listName = :list", Code.class)
                .setParameter("list", listName).getResultList()
                .stream().collect(Collectors.toMap(Code::code, Function.identity()));
        int changed = 0;
        for (CodeSeed seed : seeds) {
            LocalizedName names = new LocalizedName(new EnumMap<>(seed.names()));
            Code code = existing.remove(seed.code());
            if (code == null) {
                em.persist(new Code(listName, seed.code(), seed.parent(), seed.sort(), seed.withdrawn(), names));
                changed++;
            } else if (code.update(seed.parent(), seed.sort(), seed.withdrawn(), names)) {
                changed++;
            }
        }
        for (Code gone : existing.values()) {
            // Records may already point at a code that a new edition dropped: keep it, marked withdrawn.
            if (gone.update(gone.parentCode(), gone.sortOrder(), true, gone.names())) {
                changed++;
            }
        }
        record(seedName, sha256, seeds.size());
        return changed;
    }

    /** The exchange-rate table; rows are matched by currency and year, and rows no longer in the file are kept. */
    public int applyRates(String seedName, String sha256, List<org.tatracker.seed.control.ExchangeRateCsv.Rate> rates) {
        Map<String, org.tatracker.project.entity.ExchangeRate> existing = em
                .createQuery("SELECT r FROM ExchangeRate r", org.tatracker.project.entity.ExchangeRate.class).getResultList().stream()
                .collect(Collectors.toMap(r -> r.currency() + r.year(), Function.identity()));
        int changed = 0;
        for (var rate : rates) {
            var row = existing.get(rate.currency() + rate.year());
            if (row == null) {
                em.persist(new org.tatracker.project.entity.ExchangeRate(rate.currency(), rate.year(), rate.unitsPerUsd(),
                        org.tatracker.seed.control.SeedCatalog.RATES_SOURCE));
                changed++;
            } else if (row.restate(rate.unitsPerUsd(), org.tatracker.seed.control.SeedCatalog.RATES_SOURCE)) {
                changed++;
            }
        }
        record(seedName, sha256, rates.size());
        return changed;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SeedFile> applied(String seedName) {
        return Optional.ofNullable(em.find(SeedFile.class, seedName));
    }

    private void record(String seedName, String sha256, int rows) {
        SeedFile file = em.find(SeedFile.class, seedName);
        if (file == null) {
            em.persist(new SeedFile(seedName, sha256, Instant.now(), rows));
        } else {
            file.applied(sha256, Instant.now(), rows);
        }
    }
}
