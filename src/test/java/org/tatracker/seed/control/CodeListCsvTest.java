package org.tatracker.seed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatracker.i18n.entity.Language;

class CodeListCsvTest {

    private static final String HEADER = "code,parent,sort,name_en,name_fr,name_es,name_ru,name_zh,name_ar\n";

    @Test
    void everyOwnListOfTheCatalogueParses() {
        for (SeedCatalog.OwnList list : SeedCatalog.OWN_LISTS) {
            List<CodeSeed> codes = CodeListCsv.parse(list.path(), new StringReader(SeedFiles.text(list.path())));
            assertFalse(codes.isEmpty(), list.path());
        }
    }

    @Test
    void congressTopicsCarryTheGuidesChineseTitles() {
        List<CodeSeed> topics = CodeListCsv.parse("t", new StringReader(SeedFiles.text("codelists/congress_topic.csv")));
        assertEquals(8, topics.size());
        CodeSeed item4 = topics.stream().filter(c -> c.code().equals("ITEM4")).findFirst().orElseThrow();
        assertTrue(item4.names().get(Language.ZH).startsWith("加强共同努力，增进在国家、区域和国际各级的预防犯罪和刑事司法合作"));
        assertTrue(item4.names().get(Language.EN).contains("technical assistance, material assistance and training"));
    }

    @Test
    void cjatToolsHangUnderTheirSectors() {
        List<CodeSeed> tools = CodeListCsv.parse("t", new StringReader(SeedFiles.text("codelists/cjat_tool.csv")));
        assertEquals(4, tools.stream().filter(c -> c.parent().isEmpty()).count());
        assertEquals(18, tools.stream().filter(c -> !c.parent().isEmpty()).count());
    }

    @Test
    void readsQuotedNamesAndFallsBackToNothingForEmptyLanguages() {
        List<CodeSeed> codes = CodeListCsv.parse("t", new StringReader(HEADER
                + "A,,1,\"Alpha, first\",,,,,\n"
                + "B,A,2,Beta,Bêta,,,乙,\n"));
        assertEquals("Alpha, first", codes.get(0).names().get(Language.EN));
        assertEquals(1, codes.get(0).names().size());
        assertEquals("乙", codes.get(1).names().get(Language.ZH));
        assertEquals("A", codes.get(1).parent());
    }

    @Test
    void reportsEveryBadRowAndYieldsNothing() {
        SeedException e = assertThrows(SeedException.class, () -> CodeListCsv.parse("bad.csv", new StringReader(HEADER
                + "A,,1,Alpha,,,,,\n"
                + "A,,2,Again,,,,,\n"
                + "B,,two,Beta,,,,,\n"
                + "C,,3,,,,,,\n"
                + "D,Z,4,Delta,,,,,\n")));
        assertEquals(4, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("row 3, column code: duplicate"));
        assertTrue(e.problems().get(1).startsWith("row 4, column sort"));
        assertTrue(e.problems().get(2).startsWith("row 5, column name_en"));
        assertTrue(e.problems().get(3).contains("unknown parent Z"));
    }

    @Test
    void refusesAWrongHeader() {
        assertThrows(SeedException.class, () -> CodeListCsv.parse("h.csv", new StringReader("code,name\nA,Alpha\n")));
    }
}
