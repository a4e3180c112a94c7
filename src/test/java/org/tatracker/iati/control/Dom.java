package org.tatracker.iati.control;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A written file as a DOM, asked with XPath ({@code tat:} bound to the tracker's namespace). For tests only: small files. */
final class Dom {

    private final Document document;
    private final XPath xpath;

    private Dom(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "tat" -> ActivityWriter.NAMESPACE;
                    case "xml" -> XMLConstants.XML_NS_URI;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
    }

    static Dom parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new Dom(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("not XML", e);
        }
    }

    /** The string value of the expression ("" if it selects nothing). */
    String text(String expression) {
        try {
            return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    int count(String expression) {
        return (int) Math.round(number("count(" + expression + ")"));
    }

    double number(String expression) {
        try {
            return (Double) xpath.evaluate(expression, document, XPathConstants.NUMBER);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The string values of the nodes the expression selects, in document order. */
    List<String> all(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }
}
