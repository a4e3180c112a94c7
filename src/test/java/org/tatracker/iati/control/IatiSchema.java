package org.tatracker.iati.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The IATI 2.03 activity schema from the class path ({@code iati/schema-2.03/}), as a validator that reads nothing else: the
 * two files the schema includes and imports are resolved from the class path by name, any other reference is refused, and
 * neither the schema factory nor the validator may open a DTD or a schema by itself.
 */
public final class IatiSchema {

    private static final String FOLDER = "/iati/schema-2.03/";
    private static final Set<String> FILES = Set.of("iati-common.xsd", "xml.xsd");
    private static final Schema SCHEMA = load();

    private IatiSchema() {
    }

    /** The validation errors of the document: empty if it is valid. */
    public static List<String> errors(byte[] document) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings are not errors
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    static void assertValid(byte[] document) {
        assertEquals(List.of(), errors(document), () -> "not valid IATI 2.03:\n" + new String(document, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Schema load() {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .getDOMImplementation();
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
                if (!FILES.contains(name)) {
                    throw new IllegalStateException("the schema refers to " + systemId + ", which is not on the class path");
                }
                LSInput input = ls.createLSInput();
                input.setByteStream(IatiSchema.class.getResourceAsStream(FOLDER + name));
                input.setSystemId(resource(name).toExternalForm());
                input.setPublicId(publicId);
                return input;
            });
            URL main = resource("iati-activities-schema.xsd");
            try (InputStream in = main.openStream()) {
                return factory.newSchema(new StreamSource(in, main.toExternalForm()));
            }
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot load the IATI schema", e);
        }
    }

    private static URL resource(String name) {
        URL url = IatiSchema.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException("no " + FOLDER + name + " on the class path");
        }
        return url;
    }
}
