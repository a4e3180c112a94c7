package org.tatracker.seed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tatracker.i18n.entity.Language;

class IatiCodelistXmlTest {

    private static IatiCodelistXml.Parsed parse(String xml) {
        return IatiCodelistXml.parse("test.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyIatiListOfTheCatalogueParsesUnderItsOwnName() {
        for (String name : SeedCatalog.IATI_LISTS) {
            IatiCodelistXml.Parsed parsed = parse(SeedFiles.text(SeedCatalog.iatiPath(name)));
            assertEquals(name, parsed.name());
            assertTrue(parsed.codes().size() > 1, name);
        }
    }

    @Test
    void readsCodesFrenchNamesAndWithdrawnStatus() {
        IatiCodelistXml.Parsed status = parse(SeedFiles.text("iati-codelists/ActivityStatus.xml"));
        assertEquals(6, status.codes().size());
        CodeSeed implementation = status.codes().get(1);
        assertEquals("2", implementation.code());
        assertEquals("Implementation", implementation.names().get(Language.EN));
        assertEquals("Actif", implementation.names().get(Language.FR));
        IatiCodelistXml.Parsed sectors = parse(SeedFiles.text("iati-codelists/Sector.xml"));
        assertTrue(sectors.codes().stream().anyMatch(c -> c.code().equals("15130")));
        assertTrue(sectors.codes().stream().anyMatch(CodeSeed::withdrawn), "Sector.xml has withdrawn codes");
    }

    @Test
    void refusesDoctypesAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE codelist [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<codelist name=\"X\"><codelist-items><codelist-item><code>&x;</code><name><narrative>A</narrative></name>"
                + "</codelist-item></codelist-items></codelist>";
        SeedException e = assertThrows(SeedException.class, () -> parse(xxe));
        assertTrue(e.problems().get(0).contains("DOCTYPE"), e.problems().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.contains("root:")), "the file's content never leaks");
    }

    @Test
    void reportsItemsWithoutCodeOrEnglishName() {
        SeedException e = assertThrows(SeedException.class, () -> parse("<codelist name=\"X\"><codelist-items>"
                + "<codelist-item><name><narrative>No code</narrative></name></codelist-item>"
                + "<codelist-item><code>B</code><name><narrative xml:lang=\"fr\">Seulement</narrative></name></codelist-item>"
                + "</codelist-items></codelist>"));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }
}
