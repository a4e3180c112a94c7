package org.tatracker.iati.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * {@link Codes} backed by the official IATI codelist files in {@code src/test/resources/iati/codelists/}: every
 * {@code <codelist-item><code>}, withdrawn ones included, compared without regard to case. A list that is not there is a
 * test failure, not an unknown code: the reader must only ask for the lists it declares.
 */
public final class OfficialCodelists implements Codes {

    public static final OfficialCodelists INSTANCE = new OfficialCodelists();

    private final Map<String, Set<String>> lists = new ConcurrentHashMap<>();

    @Override
    public boolean known(String list, String code) {
        return lists.computeIfAbsent(list, OfficialCodelists::load).contains(code.strip().toUpperCase(Locale.ROOT));
    }

    private static Set<String> load(String list) {
        if (!LISTS.contains(list)) {
            throw new IllegalArgumentException("the reader asked for the list " + list + ", which Codes.LISTS does not declare");
        }
        String resource = "/iati/codelists/" + list + ".xml";
        try (InputStream in = OfficialCodelists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no codelist file " + resource);
            }
            Set<String> codes = new HashSet<>();
            XMLStreamReader xml = ActivityReader.safeFactory().createXMLStreamReader(in);
            boolean inItem = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("codelist-item")) {
                    inItem = true;
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("codelist-item")) {
                    inItem = false;
                } else if (inItem && event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("code")) {
                    codes.add(xml.getElementText().strip().toUpperCase(Locale.ROOT));
                }
            }
            xml.close();
            if (codes.isEmpty()) {
                throw new IllegalStateException("no codes in " + resource);
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
