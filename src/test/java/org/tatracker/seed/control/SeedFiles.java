package org.tatracker.seed.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the repository's seeds/ folder, as the tests run from the project directory. */
final class SeedFiles {

    static final Path SEEDS = Path.of("seeds");

    private SeedFiles() {
    }

    static String text(String path) {
        try {
            String s = Files.readString(SEEDS.resolve(path), StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
