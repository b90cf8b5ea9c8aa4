package coop.maillage.io;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX reading of untrusted XML. DTDs and external entities are switched off, so a file cannot make
 * the reader fetch a URL or read a local file (XXE, OWASP XML External Entity Prevention Cheat
 * Sheet); a document type declaration is refused outright, as neither GraphML nor GEXF needs one.
 */
public final class SecureXml {

    private SecureXml() {}

    /**
     * A StAX factory whose readers support no DTD and no external entity, and coalesce text; the
     * importer of graph files into the store reads through it too.
     */
    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** A reader over {@code in} that refuses DTDs and external entities. */
    static XMLStreamReader open(InputStream in, String file) {
        try {
            return factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e, file);
        }
    }

    /** The next event, refusing document type declarations. */
    static int next(XMLStreamReader reader, String file) {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw place(reader, file)
                        .error(
                                "the file declares a document type (<!DOCTYPE>), which is not"
                                        + " accepted for security",
                                "remove the <!DOCTYPE …> declaration");
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(e, file);
        }
    }

    /** The text of the current element, which must hold only text. */
    static String elementText(XMLStreamReader reader, String file) {
        try {
            return reader.getElementText();
        } catch (XMLStreamException e) {
            throw malformed(e, file);
        }
    }

    /** The place of the current event. */
    static Place place(XMLStreamReader reader, String file) {
        return new Place(file, Math.max(0, reader.getLocation().getLineNumber()));
    }

    /** An attribute of the current element by local name, or {@code null}. */
    static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An attribute the current element must have, else an error naming it and the element. */
    static String required(XMLStreamReader reader, String file, String name, String example) {
        String value = attribute(reader, name);
        if (value == null) {
            throw place(reader, file)
                    .error(
                            "<"
                                    + reader.getLocalName()
                                    + "> element without the "
                                    + name
                                    + " attribute",
                            "give it one, as in " + example);
        }
        return value;
    }

    /** Skips to the end of the current element, whatever it holds. */
    static void skipElement(XMLStreamReader reader, String file) {
        int depth = 1;
        while (depth > 0) {
            int event = next(reader, file);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Moves to the root element and checks its name. */
    static void expectRoot(XMLStreamReader reader, String file, String root, String format) {
        int event = next(reader, file);
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new Place(file, 0).error("the file is empty", "give a " + format + " file");
            }
            event = next(reader, file);
        }
        if (!reader.getLocalName().equals(root)) {
            throw place(reader, file)
                    .error(
                            "the root element is <"
                                    + reader.getLocalName()
                                    + ">, not <"
                                    + root
                                    + ">",
                            "give a " + format + " file, or name the file after its format");
        }
    }

    private static GraphFileException malformed(XMLStreamException e, String file) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return new GraphFileException(
                file,
                line,
                "the XML is not well-formed (" + reason.trim() + ")",
                "correct the XML there, or export the file again from its program",
                e);
    }
}
