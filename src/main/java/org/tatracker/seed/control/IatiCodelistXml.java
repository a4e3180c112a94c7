package org.tatracker.seed.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tatracker.i18n.entity.Language;

/**
 * Reads an official IATI codelist file ({@code codelist.xsd}): each item's code, its name in the
 * languages the file has (English and often French) and whether it is withdrawn. Streaming, with
 * DTDs and external entities refused.
 */
public final class IatiCodelistXml {

    private IatiCodelistXml() {
    }

    /** The list's name from the root element, and its items in file order. */
    public record Parsed(String name, List<CodeSeed> codes) {
    }

    public static Parsed parse(String file, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        List<String> problems = new ArrayList<>();
        List<CodeSeed> codes = new ArrayList<>();
        String listName = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String code = null;
            boolean withdrawn = false;
            boolean inItemName = false;
            boolean inItem = false;
            Map<Language, String> names = new EnumMap<>(Language.class);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problems.add("a DOCTYPE or entity reference is not allowed (line " + xml.getLocation().getLineNumber() + ")");
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if ("codelist".equals(element)) {
                        listName = xml.getAttributeValue(null, "name");
                    } else if ("codelist-item".equals(element)) {
                        inItem = true;
                        code = null;
                        names = new EnumMap<>(Language.class);
                        withdrawn = "withdrawn".equals(xml.getAttributeValue(null, "status"));
                    } else if (inItem && "code".equals(element) && code == null) {
                        code = xml.getElementText().strip();
                    } else if (inItem && "name".equals(element)) {
                        inItemName = true;
                    } else if (inItemName && "narrative".equals(element)) {
                        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        Language language = lang == null ? Language.EN : Language.of(lang).orElse(null);
                        String text = xml.getElementText().strip();
                        if (language != null && !text.isEmpty()) {
                            names.putIfAbsent(language, text);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if ("name".equals(element)) {
                        inItemName = false;
                    } else if ("codelist-item".equals(element)) {
                        inItem = false;
                        if (code == null || code.isEmpty()) {
                            problems.add("item " + (codes.size() + 1) + ": no code");
                        } else if (!seen.add(code.toUpperCase(java.util.Locale.ROOT))) {
                            problems.add("code " + code + ": duplicate");
                        } else if (!names.containsKey(Language.EN)) {
                            problems.add("code " + code + ": no English name");
                        } else {
                            codes.add(new CodeSeed(code, "", codes.size() + 1, withdrawn, names));
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            problems.add("not well-formed XML: " + e.getMessage());
        }
        if (listName == null || listName.isBlank()) {
            problems.add("the root element names no codelist");
        }
        if (!problems.isEmpty()) {
            throw new SeedException(file, problems);
        }
        return new Parsed(listName, List.copyOf(codes));
    }
}
