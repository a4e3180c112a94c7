package org.tatracker.seed.control;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code rates/exchange_rates.csv}: {@code currency,year,units_per_usd}. Every problem of the
 * file is reported at once; a file with any problem yields nothing.
 */
public final class ExchangeRateCsv {

    static final List<String> HEADER = List.of("currency", "year", "units_per_usd");

    /** One row: national currency units per US dollar, annual average of the year. */
    public record Rate(String currency, int year, BigDecimal unitsPerUsd) {
    }

    private ExchangeRateCsv() {
    }

    public static List<Rate> parse(String file, Reader reader) {
        List<String> problems = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new SeedException(file, List.of("header must be " + String.join(",", HEADER)));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (row.size() != HEADER.size()) {
                    problems.add("line " + line + ": expected 3 fields, found " + row.size());
                    continue;
                }
                String currency = row.get(0);
                if (!currency.matches("[A-Z]{3}")) {
                    problems.add("line " + line + ": currency '" + currency + "' is not an ISO 4217 code");
                }
                int year = 0;
                try {
                    year = Integer.parseInt(row.get(1));
                    if (year < 1950 || year > 2100) {
                        problems.add("line " + line + ": year " + year + " out of range");
                    }
                } catch (NumberFormatException e) {
                    problems.add("line " + line + ": year '" + row.get(1) + "' is not a number");
                }
                BigDecimal rate = null;
                try {
                    rate = new BigDecimal(row.get(2));
                    if (rate.signum() <= 0 || rate.scale() > 6) {
                        problems.add("line " + line + ": rate must be positive with at most 6 decimals");
                    }
                } catch (NumberFormatException e) {
                    problems.add("line " + line + ": rate '" + row.get(2) + "' is not a decimal number");
                }
                if (!seen.add(currency + year)) {
                    problems.add("line " + line + ": " + currency + " " + year + " appears twice");
                }
                if (rate != null) {
                    rates.add(new Rate(currency, year, rate));
                }
            }
        } catch (IOException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new SeedException(file, problems);
        }
        return rates;
    }
}
