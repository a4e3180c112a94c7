package org.tatracker.seed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeedCatalogTest {

    @Test
    void theCatalogueAndTheSeedsFolderListTheSameFiles() throws IOException {
        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(SeedFiles.SEEDS)) {
            files.filter(Files::isRegularFile)
                    .map(p -> SeedFiles.SEEDS.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith("README.md"))
                    .forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(SeedCatalog.allFiles()));
    }
}
