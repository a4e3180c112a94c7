package org.tatracker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What the bundle tests share: a {@code .properties} file of the classpath read as it is, in UTF-8. */
public final class Bundles {

    private Bundles() {
    }

    /** The file at this classpath path ({@code /org/tatracker/i18n/messages_fr.properties}); fails when it is missing. */
    public static Properties load(String path) {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
