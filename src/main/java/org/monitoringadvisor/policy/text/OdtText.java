package org.monitoringadvisor.policy.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * OpenDocument text (ODT) with the JDK's own zip and XML parsers over the document's {@code content.xml}: the
 * format is a zip of XML, and the text is the {@code text:h} and {@code text:p} elements, so a library (odfdom
 * brings Xerces and more, several megabytes) would add size for nothing. External entities and DTDs are refused.
 */
final class OdtText {

    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    private OdtText() {
    }

    static DocumentText read(Path file, byte[] bytes) {
        String name = file.toString();
        byte[] content = contentXml(name, bytes);
        Document xml = parse(name, content);
        Headings headings = new Headings();
        List<Passage> passages = new ArrayList<>();
        walk(xml.getDocumentElement(), headings, passages);
        return new DocumentText("OpenDocument (ODT)", passages);
    }

    private static byte[] contentXml(String name, byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return readBounded(name, zip);
                }
            }
        } catch (IOException e) {
            throw new DocumentException(name, "is not a readable OpenDocument file: " + e.getMessage());
        }
        throw new DocumentException(name, "is not an OpenDocument text file (it has no content.xml)"
                + "; a password-protected ODT cannot be read either");
    }

    private static byte[] readBounded(String name, InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) MAX_CONTENT_BYTES + 1);
        if (content.length > MAX_CONTENT_BYTES) {
            throw new DocumentException(name, "has more text than can be read (over "
                    + MAX_CONTENT_BYTES / (1024 * 1024) + " MB of XML)");
        }
        return content;
    }

    private static Document parse(String name, byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new DocumentException(name, "is not a readable OpenDocument file (encrypted, or damaged): "
                    + e.getMessage());
        }
    }

    private static void walk(Element element, Headings headings, List<Passage> passages) {
        boolean isText = TEXT_NS.equals(element.getNamespaceURI());
        String local = element.getLocalName();
        if (isText && ("h".equals(local) || "p".equals(local))) {
            String text = textOf(element).strip();
            if (!text.isEmpty()) {
                if ("h".equals(local)) {
                    headings.heading(text);
                    passages.add(new Passage(text, headings.headingItself()));
                } else {
                    passages.add(new Passage(text, headings.nextParagraph()));
                }
            }
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                walk(inner, headings, passages);
            }
        }
    }

    /** The text of a paragraph, with ODF's space, tab and line-break elements turned back into characters. */
    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element inner && TEXT_NS.equals(inner.getNamespaceURI())) {
                switch (inner.getLocalName()) {
                    case "s" -> text.append(" ".repeat(spaces(inner)));
                    case "tab" -> text.append('\t');
                    case "line-break" -> text.append('\n');
                    case "note", "annotation" -> { } // footnotes and comments are not the policy's running text
                    default -> text.append(textOf(inner));
                }
            } else if (child instanceof Element inner) {
                text.append(textOf(inner));
            }
        }
        return text.toString();
    }

    private static int spaces(Element space) {
        String count = space.getAttributeNS(TEXT_NS, "c");
        try {
            return count.isEmpty() ? 1 : Math.min(Integer.parseInt(count), 100);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
