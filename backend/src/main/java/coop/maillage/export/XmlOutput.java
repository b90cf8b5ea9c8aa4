package coop.maillage.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer with the small helpers the GraphML and GEXF writers share: indentation (so that a
 * person can read the file and diff two exports) and text cleaned of the characters XML 1.0 cannot
 * hold. The StAX writer escapes markup in text and attribute values.
 */
final class XmlOutput {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter xml;
    private int depth;

    private XmlOutput(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static XmlOutput open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter writer =
                XMLOutputFactory.newDefaultFactory()
                        .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return new XmlOutput(writer);
    }

    /** Opens an element on a new line, indented by its depth. */
    XmlOutput start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
        return this;
    }

    /** An element without content on a new line; attributes follow with {@link #attribute}. */
    XmlOutput empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(name);
        return this;
    }

    /** An attribute of the element just opened; a null value writes nothing. */
    XmlOutput attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, clean(value));
        }
        return this;
    }

    /** Declares the default namespace on the element just opened. */
    XmlOutput namespace(String uri) throws XMLStreamException {
        xml.writeDefaultNamespace(uri);
        return this;
    }

    /** Declares the XML Schema instance namespace and the schema's location. */
    XmlOutput schemaLocation(String location) throws XMLStreamException {
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", location);
        return this;
    }

    /** A text-only element on a new line. */
    XmlOutput textElement(String name, String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        return this;
    }

    /** A text-only element holding {@code text} with attributes, e.g. a GraphML data element. */
    XmlOutput data(String name, String keyAttribute, String key, String text)
            throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeAttribute(keyAttribute, key);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        return this;
    }

    /** Closes the element opened last, on a new line when it had child elements. */
    XmlOutput end(boolean onNewLine) throws XMLStreamException {
        depth--;
        if (onNewLine) {
            newLine();
        }
        xml.writeEndElement();
        return this;
    }

    /** Ends the document and flushes; the stream stays open. */
    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * {@code text} without the characters XML 1.0 forbids (controls other than tab, line feed and
     * carriage return; U+FFFE and U+FFFF; lone surrogates): a reader would refuse the whole file.
     */
    static String clean(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed =
                    pair
                            || c == '\t'
                            || c == '\n'
                            || c == '\r'
                            || (c >= 0x20 && c < 0xD800)
                            || (c > 0xDFFF && c < 0xFFFE)
                            || (Character.isLowSurrogate(c)
                                    && i > 0
                                    && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.substring(0, i));
            } else if (allowed && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }
}
