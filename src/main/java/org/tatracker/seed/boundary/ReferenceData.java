package org.tatracker.seed.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.tatracker.seed.control.CodeListCsv;
import org.tatracker.seed.control.CountryReferenceFiles;
import org.tatracker.seed.control.ExchangeRateCsv;
import org.tatracker.seed.control.IatiCodelistXml;
import org.tatracker.seed.control.SeedCatalog;

/**
 * Loads the reference data of {@code seeds/} at start-up, after the migrations. Each seed is applied
 * only when its checksum differs from the one recorded when it was last applied, so a second start
 * re-runs nothing and a changed file updates its rows in place.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class.getName());
    static final String COUNTRIES_SEED = "countries";

    @EJB
    SeedWriter writer;

    /** What one start did with each seed. */
    public record Outcome(String seed, boolean applied, int rowsChanged) {
    }

    @PostConstruct
    void atStartup() {
        List<Outcome> outcomes = loadAll();
        long applied = outcomes.stream().filter(Outcome::applied).count();
        LOG.info(() -> "Reference data: " + applied + " of " + outcomes.size() + " seed(s) applied, the rest unchanged");
    }

    public List<Outcome> loadAll() {
        List<Outcome> outcomes = new ArrayList<>();
        byte[] m49 = read(CountryReferenceFiles.M49_FILE);
        byte[] names = read(CountryReferenceFiles.NAMES_FILE);
        String countriesDigest = sha256(m49, names);
        if (isCurrent(COUNTRIES_SEED, countriesDigest)) {
            outcomes.add(new Outcome(COUNTRIES_SEED, false, 0));
        } else {
            var countries = CountryReferenceFiles.parse(new StringReader(text(m49)), new StringReader(text(names)));
            outcomes.add(new Outcome(COUNTRIES_SEED, true, writer.applyCountries(COUNTRIES_SEED, countriesDigest, countries)));
        }
        for (SeedCatalog.OwnList list : SeedCatalog.OWN_LISTS) {
            byte[] content = read(list.path());
            String digest = sha256(content);
            if (isCurrent(list.path(), digest)) {
                outcomes.add(new Outcome(list.path(), false, 0));
            } else {
                var codes = CodeListCsv.parse(list.path(), new StringReader(text(content)));
                outcomes.add(new Outcome(list.path(), true,
                        writer.applyCodeList(list.path(), digest, list.name(), list.source(), codes)));
            }
        }
        for (String name : SeedCatalog.IATI_LISTS) {
            String path = SeedCatalog.iatiPath(name);
            byte[] content = read(path);
            String digest = sha256(content);
            if (isCurrent(path, digest)) {
                outcomes.add(new Outcome(path, false, 0));
            } else {
                var parsed = IatiCodelistXml.parse(path, new java.io.ByteArrayInputStream(content));
                if (!parsed.name().equals(name)) {
                    throw new IllegalStateException(path + " holds the codelist " + parsed.name() + ", not " + name);
                }
                outcomes.add(new Outcome(path, true, writer.applyCodeList(path, digest, name,
                        String.format(SeedCatalog.IATI_SOURCE, name), parsed.codes())));
            }
        }
        byte[] rates = read(SeedCatalog.RATES_FILE);
        String ratesDigest = sha256(rates);
        if (isCurrent(SeedCatalog.RATES_FILE, ratesDigest)) {
            outcomes.add(new Outcome(SeedCatalog.RATES_FILE, false, 0));
        } else {
            var parsed = ExchangeRateCsv.parse(SeedCatalog.RATES_FILE, new StringReader(text(rates)));
            outcomes.add(new Outcome(SeedCatalog.RATES_FILE, true, writer.applyRates(SeedCatalog.RATES_FILE, ratesDigest, parsed)));
        }
        return outcomes;
    }

    private boolean isCurrent(String seed, String digest) {
        return writer.applied(seed).map(f -> f.matches(digest)).orElse(false);
    }

    private static byte[] read(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream("seeds/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the application: seeds/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 text without the byte-order mark some files start with. */
    static String text(byte[] content) {
        String s = new String(content, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String sha256(byte[]... contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
