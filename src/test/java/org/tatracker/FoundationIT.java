package org.tatracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tatracker.codelist.entity.Code;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.Migrations;
import org.tatracker.platform.boundary.NativeRows;
import org.tatracker.seed.control.CodeSeed;
import org.tatracker.seed.boundary.ReferenceData;
import org.tatracker.seed.boundary.SeedWriter;
import org.tatracker.testing.Deployments;
import org.tatracker.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import jakarta.json.JsonObject;
import jakarta.json.JsonArray;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The foundation on a real Payara Micro with the real Derby database the application migrated and
 * seeded: migrations and seeding inside the container, the REST contract from a client.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @EJB
    ReferenceData referenceData;

    @EJB
    SeedWriter writer;

    @EJB
    Migrations migrations;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/tatracker")
    DataSource dataSource;

    @Test
    void migrationsRanAndJpaGeneratedNoTable() throws SQLException {
        assertEquals("14", migrations.schemaVersion());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
                rs.next();
                assertEquals(14, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLETYPE = 'T'")) {
                rs.next();
                // V1: country, country_classification, code_list, code, seed_file; V2: organisation, account,
                // account_country, api_token, audit_event; V3: assessment, assessment_code, assessment_team_member,
                // assessment_source, assessment_transition, need, need_code; V6: exchange_rate, project, project_country,
                // project_sector, project_code, project_policy_marker, project_law, project_budget, project_partner,
                // partner_contribution, project_component, equipment_item, operational_check, training_event,
                // event_institution, project_transaction, result_indicator, result_period, need_link; V9: iati_import; V11: project_year;
                // V13: portfolio_change;
                // and Flyway's history: nothing else
                assertEquals(40, rs.getInt(1));
            }
        }
    }

    @Test
    void loadingAgainChangesNothing() {
        Map<String, Long> before = counts();
        List<ReferenceData.Outcome> outcomes = referenceData.loadAll();
        assertTrue(outcomes.stream().noneMatch(ReferenceData.Outcome::applied), outcomes::toString);
        assertEquals(before, counts());
        assertEquals(248L, before.get("Country"));
    }

    @Test
    void everySeedFileIsRecordedWithItsChecksum() {
        long seeds = em.createQuery("SELECT COUNT(s) FROM SeedFile s WHERE s.name NOT LIKE 'it:%'", Long.class).getSingleResult();
        // countries, own lists, IATI lists, exchange rates
        assertEquals(1 + org.tatracker.seed.control.SeedCatalog.OWN_LISTS.size()
                + org.tatracker.seed.control.SeedCatalog.IATI_LISTS.size() + 1, seeds);
    }

    @Test
    void aChangedSeedUpdatesRowsInPlaceAndNeverDuplicates() {
        String list = "it_changed_" + System.nanoTime();
        writer.applyCodeList("it:" + list, "a".repeat(64), list, "test v1", List.of(
                code("A", "Alpha"), code("B", "Beta")));
        writer.applyCodeList("it:" + list, "b".repeat(64), list, "test v2", List.of(
                code("A", "Alpha, renamed"), code("C", "Gamma")));
        List<Code> codes = em.createQuery("SELECT c FROM Code c WHERE c.listName = :l ORDER BY c.code", Code.class)
                .setParameter("l", list).getResultList();
        assertEquals(List.of("A", "B", "C"), codes.stream().map(Code::code).toList());
        assertEquals("Alpha, renamed", codes.get(0).names().in(Language.EN));
        assertFalse(codes.get(0).withdrawn());
        assertTrue(codes.get(1).withdrawn(), "a code dropped by the new edition is kept, withdrawn");
        assertEquals("b".repeat(64), writer.applied("it:" + list).orElseThrow().sha256());
    }

    @Test
    void aSeedThatFailsHalfwayLeavesNothingBehind() {
        String list = "it_failing_" + System.nanoTime();
        try {
            writer.applyCodeList("it:" + list, "c".repeat(64), list, "test", List.of(code("A", "Alpha"), code("A", "Duplicate")));
        } catch (RuntimeException expected) {
            // the unique key refuses the duplicate at flush, and the whole seed rolls back
        }
        assertEquals(0L, em.createQuery("SELECT COUNT(c) FROM Code c WHERE c.listName = :l", Long.class)
                .setParameter("l", list).getSingleResult());
        assertTrue(writer.applied("it:" + list).isEmpty());
    }

    /**
     * The bulk read's cursor hands on every row, in order, across pages (2.5 of them here), with parameters, and nothing
     * for an empty result: compared with the same statement's result list.
     */
    @Test
    void nativeRowsHandsOnEveryRowAcrossPages() {
        String sql = "SELECT a.tablename, b.columnname, b.columnnumber FROM SYS.SYSTABLES a, SYS.SYSCOLUMNS b "
                + "WHERE b.columnnumber >= ? ORDER BY a.tablename, b.columnname, b.columnnumber";
        int rows = NativeRows.PAGE * 5 / 2;
        @SuppressWarnings("unchecked")
        List<Object[]> expected = em.createNativeQuery(sql + " FETCH FIRST " + rows + " ROWS ONLY").setParameter(1, 1).getResultList();
        assertEquals(rows, expected.size(), "the system tables give enough rows for two and a half pages");
        List<Object[]> handed = new java.util.ArrayList<>();
        NativeRows.each(em, sql + " FETCH FIRST " + rows + " ROWS ONLY", List.of(1), handed::add);
        assertEquals(rows, handed.size());
        for (int i = 0; i < rows; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.get(i), handed.get(i), "row " + i);
        }
        List<Object[]> none = new java.util.ArrayList<>();
        NativeRows.each(em, sql, List.of(Integer.MAX_VALUE), none::add);
        assertTrue(none.isEmpty());
    }

    @EJB
    org.tatracker.indicator.boundary.PortfolioStore store;

    /**
     * The dashboards' reference data in memory follow a change to their tables whatever path it took (here plain JDBC, as
     * a seed or an administrator's SQL would): an exchange rate, a Global South classification and a country's name changed,
     * then put back.
     */
    @Test
    void theDashboardsReferenceDataFollowChangesToTheirTables() throws SQLException {
        var before = store.snapshot().reference();
        String currency = before.unitsPerUsd().keySet().stream().sorted().findFirst().orElseThrow();
        int year = before.unitsPerUsd().get(currency).firstKey();
        java.math.BigDecimal rate = before.unitsPerUsd().get(currency).get(year);
        String scheme = before.globalSouth().scheme().name();
        java.sql.Date asOf = java.sql.Date.valueOf(before.globalSouth().asOf());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            String m49;
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT country_m49 FROM country_classification WHERE scheme = ? "
                    + "AND as_of = ? AND member = TRUE ORDER BY country_m49 FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, scheme);
                ps.setDate(2, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "a Southern country classified on the latest date");
                    m49 = rs.getString(1);
                }
            }
            String iso3 = before.countriesByM49().get(m49).iso3();
            String name = before.countriesByM49().get(m49).names().in(Language.EN);
            assertTrue(before.globalSouth().members().contains(iso3));
            try {
                update(c, "UPDATE exchange_rate SET units_per_usd = ? WHERE currency = ? AND rate_year = ?", rate.add(java.math.BigDecimal.ONE),
                        currency, year);
                update(c, "UPDATE country_classification SET member = FALSE WHERE scheme = ? AND as_of = ? AND country_m49 = ?", scheme, asOf, m49);
                update(c, "UPDATE country SET name_en = ? WHERE m49 = ?", name + " (renamed)", m49);
                store.current();
                var after = store.snapshot().reference();
                assertEquals(0, rate.add(java.math.BigDecimal.ONE).compareTo(after.unitsPerUsd().get(currency).get(year)));
                assertFalse(after.globalSouth().members().contains(iso3), iso3 + " is no longer counted as Southern");
                assertEquals(name + " (renamed)", after.countriesByM49().get(m49).names().in(Language.EN));
            } finally {
                update(c, "UPDATE exchange_rate SET units_per_usd = ? WHERE currency = ? AND rate_year = ?", rate, currency, year);
                update(c, "UPDATE country_classification SET member = TRUE WHERE scheme = ? AND as_of = ? AND country_m49 = ?", scheme, asOf, m49);
                update(c, "UPDATE country SET name_en = ? WHERE m49 = ?", name, m49);
            }
            store.current();
            assertEquals(0, rate.compareTo(store.snapshot().reference().unitsPerUsd().get(currency).get(year)));
            assertTrue(store.snapshot().reference().globalSouth().members().contains(iso3));
            assertEquals(name, store.snapshot().reference().countriesByM49().get(m49).names().in(Language.EN));
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            assertTrue(ps.executeUpdate() > 0, sql);
        }
    }

    // ---- REST contract, from a client ----

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void listsEveryCountryWithSixNames() {
        JsonObject page = new Http(base).get("api/countries?size=500").json();
        assertEquals(248, page.getInt("total"));
        JsonArray items = page.getJsonArray("items");
        assertEquals(248, items.size());
        for (JsonObject country : items.getValuesAs(JsonObject.class)) {
            JsonObject names = country.getJsonObject("names");
            assertEquals(List.of("ar", "zh", "en", "fr", "ru", "es"), List.copyOf(names.keySet()), country.toString());
            names.values().forEach(n -> assertFalse(n.toString().isBlank()));
        }
    }

    @Test
    @RunAsClient
    void chinaIsGlobalSouthAndNamedInChinese() {
        Http.Response response = new Http(base).get("api/countries/CHN");
        assertEquals(200, response.status());
        JsonObject china = response.json();
        assertEquals("中国", china.getJsonObject("names").getString("zh"));
        assertEquals("الصين", china.getJsonObject("names").getString("ar"));
        assertTrue(china.getBoolean("globalSouth"));
        assertEquals("UNCTAD_DEVELOPING", china.getJsonObject("globalSouthBasis").getString("scheme"));
        assertEquals("2024-09-25", china.getJsonObject("globalSouthBasis").getString("asOf"));
        assertEquals("Eastern Asia", china.getJsonObject("subRegion").getString("name"));
    }

    @Test
    @RunAsClient
    void franceIsNotGlobalSouthAndCodesAreCaseInsensitive() {
        JsonObject france = new Http(base).get("api/countries/fra?lang=fr").json();
        assertFalse(france.getBoolean("globalSouth"));
        assertEquals("France", france.getString("name"));
        assertEquals("FRA", france.getString("iso3"));
    }

    @Test
    @RunAsClient
    void antarcticaIsNotClassified() {
        JsonObject antarctica = new Http(base).get("api/countries/ATA").json();
        assertTrue(antarctica.isNull("globalSouth"));
        assertTrue(antarctica.isNull("region"));
    }

    @Test
    @RunAsClient
    void filtersMatchTheSeedFile() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("seeds/reference/unsd-m49-en_2024-09.csv"), StandardCharsets.UTF_8);
        long ldcInFile = rows.stream().skip(1).filter(r -> r.matches(".*,x,[^,]*,[^,]*$")).count();
        Http http = new Http(base);
        assertEquals(ldcInFile, http.get("api/countries?ldc=true&size=1").json().getInt("total"));
        assertEquals(45, ldcInFile);
        JsonObject africanLdcs = http.get("api/countries?ldc=true&region=002&size=500").json();
        assertTrue(africanLdcs.getInt("total") > 25);
        for (JsonObject c : africanLdcs.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertTrue(c.getBoolean("ldc"));
            assertEquals("002", c.getJsonObject("region").getString("code"));
        }
        int south = http.get("api/countries?globalSouth=true&size=1").json().getInt("total");
        int north = http.get("api/countries?globalSouth=false&size=1").json().getInt("total");
        assertEquals(247, south + north, "every area but Antarctica is classified");
    }

    @Test
    @RunAsClient
    void searchesInTheChosenLanguageAndPagesWithoutOverlap() {
        Http http = new Http(base);
        JsonObject found = http.get("api/countries?lang=zh&q=" + URLEncoder.encode("中国", StandardCharsets.UTF_8)).json();
        assertTrue(found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("iso3").equals("CHN") && c.getString("name").equals("中国")));
        assertEquals(200, http.get("api/countries?q=ken&ldc=false&globalSouth=true").status(), "search with boolean filters");
        JsonObject percent = http.get("api/countries?q=%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25%25").json();
        assertEquals(0, percent.getInt("total"), "a typed % matches one character, never any length");
        JsonObject ivoire = http.get("api/countries?q=ivoire&ldc=false").json();
        assertEquals("CIV", ivoire.getJsonArray("items").getJsonObject(0).getString("iso3"));

        JsonObject first = http.get("api/countries?sort=iso3&size=10&page=0").json();
        JsonObject second = http.get("api/countries?sort=iso3&size=10&page=1").json();
        assertEquals("ABW", first.getJsonArray("items").getJsonObject(0).getString("iso3"));
        String lastOfFirst = first.getJsonArray("items").getJsonObject(9).getString("iso3");
        String firstOfSecond = second.getJsonArray("items").getJsonObject(0).getString("iso3");
        assertTrue(lastOfFirst.compareTo(firstOfSecond) < 0);
        JsonObject descending = http.get("api/countries?sort=iso3&dir=desc&size=1").json();
        assertEquals("ZWE", descending.getJsonArray("items").getJsonObject(0).getString("iso3"));
    }

    @Test
    @RunAsClient
    void unknownCountryOrListIsA404Problem() {
        Http http = new Http(base);
        for (String path : List.of("api/countries/XXX", "api/countries/TOOLONG", "api/codelists/NoSuchList")) {
            Http.Response response = http.get(path);
            assertEquals(404, response.status(), path);
            assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
            assertEquals(404, response.json().getInt("status"));
            assertTrue(response.json().getString("detail").contains(path.substring(path.lastIndexOf('/') + 1)));
        }
    }

    @Test
    @RunAsClient
    void badParametersAreA400NamingEachOne() {
        Http http = new Http(base);
        Http.Response response = http.get("api/countries?size=0&ldc=maybe&region=Africa&sort=capital&lang=de");
        assertEquals(400, response.status());
        assertTrue(response.contentType().startsWith("application/problem+json"));
        List<String> fields = response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
        assertEquals(List.of("lang", "ldc", "region", "size", "sort"), fields);
        assertEquals(400, http.get("api/countries?page=-1").status());
        assertEquals(400, http.get("api/countries?size=501").status());
        assertEquals(400, http.get("api/codelists/Sector?lang=xx").status());
    }

    @Test
    @RunAsClient
    void codeListsAreListedAndReadWithoutRegardToCase() {
        Http http = new Http(base);
        List<String> names = http.get("api/codelists").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("name")).toList();
        for (String expected : List.of("ActivityStatus", "OrganisationRole", "OrganisationType", "AidType", "TransactionType",
                "Currency", "Sector", "CollaborationType", "PolicyMarker", "PolicySignificance", "cjat_tool",
                "congress_topic", "dac_purpose", "sdg_target", "sdg_indicator", "sn_cluster", "convention")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        JsonObject status = http.get("api/codelists/activitystatus?lang=fr").json();
        assertEquals("ActivityStatus", status.getString("name"));
        assertEquals(6, status.getJsonArray("codes").size());
        JsonObject implementation = status.getJsonArray("codes").getJsonObject(1);
        assertEquals("2", implementation.getString("code"));
        assertEquals("Actif", implementation.getString("name"));
        JsonObject topics = http.get("api/codelists/congress_topic?lang=zh").json();
        JsonObject item4 = topics.getJsonArray("codes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("ITEM4")).findFirst().orElseThrow();
        assertTrue(item4.getString("name").startsWith("加强共同努力"));
    }

    @Test
    @RunAsClient
    void healthIsUpWithADatabaseCheck() throws Exception {
        Http.Response health = new Http(new URL(base, "/")).get("health");
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().getString("status"));
        assertTrue(health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), health.body());
    }

    @Test
    @RunAsClient
    void openApiDocumentsTheEndpoints() throws Exception {
        Http.Response openapi = Http.send(java.net.http.HttpRequest.newBuilder(new URL(base, "/openapi").toURI()).GET().build());
        assertEquals(200, openapi.status());
        for (String path : List.of("/api/countries:", "/api/countries/{iso3}:", "/api/codelists:", "/api/codelists/{name}:",
                "/api/accounts:", "/api/me/tokens:", "/api/organisations:", "/api/audit:", "/api/assessments:")) {
            assertTrue(openapi.body().contains(path), path + " missing from /openapi");
        }
    }

    private static CodeSeed code(String code, String name) {
        return new CodeSeed(code, "", 1, false, Map.of(Language.EN, name));
    }

    private Map<String, Long> counts() {
        return Map.of(
                "Country", em.createQuery("SELECT COUNT(c) FROM Country c", Long.class).getSingleResult(),
                "CountryClassification", em.createQuery("SELECT COUNT(c) FROM CountryClassification c", Long.class).getSingleResult(),
                "CodeList", em.createQuery("SELECT COUNT(c) FROM CodeList c WHERE c.name NOT LIKE 'it_%'", Long.class).getSingleResult(),
                "Code", em.createQuery("SELECT COUNT(c) FROM Code c WHERE c.listName NOT LIKE 'it_%'", Long.class).getSingleResult());
    }
}
