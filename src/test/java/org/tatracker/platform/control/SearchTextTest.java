package org.tatracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void findsTheTextAnywhereAndTypedWildcardsMatchOneCharacter() {
        assertEquals("%kenya%", SearchText.pattern(" Kenya ", Locale.ROOT));
        assertEquals("%100_ sure%", SearchText.pattern("100% sure", Locale.ROOT));
        assertEquals("%a_b%", SearchText.pattern("a_b", Locale.ROOT));
        assertEquals("%中国%", SearchText.pattern("中国", Locale.CHINESE));
    }
}
