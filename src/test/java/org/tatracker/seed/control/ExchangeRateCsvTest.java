package org.tatracker.seed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExchangeRateCsvTest {

    @Test
    void theSeedFileParsesWithARateForEveryCurrencyAndYear() throws IOException {
        var rates = ExchangeRateCsv.parse("rates", Files.newBufferedReader(Path.of("seeds/rates/exchange_rates.csv")));
        assertTrue(rates.size() >= 600, "rows: " + rates.size());
        assertTrue(rates.stream().anyMatch(r -> r.currency().equals("EUR") && r.year() == 2024));
        assertTrue(rates.stream().filter(r -> r.currency().equals("USD")).allMatch(r -> r.unitsPerUsd().compareTo(BigDecimal.ONE) == 0));
    }

    @Test
    void everyBadRowIsReported() {
        var e = assertThrows(SeedException.class, () -> ExchangeRateCsv.parse("x", new StringReader(
                "currency,year,units_per_usd\neur,2020,0.87\nUSD,20x0,1\nEUR,2021,-1\nEUR,2021,0.85\n")));
        assertEquals(4, e.problems().size(), e.problems().toString());
    }
}
