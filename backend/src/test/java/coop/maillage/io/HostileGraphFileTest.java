package coop.maillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Files made to hurt the reader: entity expansion (billion laughs), external entities (XXE) and
 * DTDs that would make it read a local file or call a server, deep nesting, elements without the
 * attributes they need, and a zip that inflates past the size limit. Each is refused quickly with a
 * {@link GraphFileException}, without expanding, fetching or running out of memory.
 */
class HostileGraphFileTest {

    private static final Duration QUICKLY = Duration.ofSeconds(3);
    private static final GraphFileReader READER = new GraphFileReader(2L * 1024 * 1024, 10_000);

    private static final String BILLION_LAUGHS =
            """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <graphml><key id="n" for="node" attr.name="name"/><graph>
              <node id="a"><data key="n">&lol9;</data></node>
            </graph></graphml>
            """;

    @Test
    void shouldRefuseTheBillionLaughsWithoutExpandingIt() {
        assertRefused(BILLION_LAUGHS, "laughs.graphml", "<!DOCTYPE");
        assertRefused(
                BILLION_LAUGHS
                        .replace("graphml", "gexf")
                        .replace("<key id=\"n\" for=\"node\"" + " attr.name=\"name\"/>", ""),
                "laughs.gexf",
                "<!DOCTYPE");
    }

    @Test
    void shouldRefuseAnExternalEntityWithoutReadingTheFile() {
        String xxe =
                """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <graphml><key id="n" for="node" attr.name="name"/><graph>
                  <node id="a"><data key="n">&xxe;</data></node>
                </graph></graphml>
                """;
        GraphFileException refused = assertRefused(xxe, "xxe.graphml", "<!DOCTYPE");
        assertThat(refused.getMessage()).doesNotContain("root:");
    }

    @Test
    void shouldRefuseAnExternalDtdWithoutCallingTheServer() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(500);
            String dtd =
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf SYSTEM \"http://127.0.0.1:"
                            + server.getLocalPort()
                            + "/evil.dtd\">\n<gexf><graph><nodes/></graph></gexf>\n";
            assertRefused(dtd, "dtd.gexf", "<!DOCTYPE");
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void shouldReadOrRefuseDeepNestingWithoutOverflowingTheStack() {
        int depth = 200_000;
        String deep =
                "<graphml><graph><node id=\"a\"/>"
                        + "<desc>".repeat(depth)
                        + "</desc>".repeat(depth)
                        + "</graph></graphml>";
        assertTimeoutPreemptively(
                QUICKLY,
                () -> {
                    try {
                        assertThat(read(deep, "deep.graphml").nodes()).hasSize(1);
                    } catch (GraphFileException e) {
                        assertThat(e.file()).isEqualTo("deep.graphml");
                    }
                });
    }

    @Test
    void shouldNameTheMissingAttributeOfAnElement() {
        assertRefused(
                "<graphml><graph><node id=\"a\"><data>x</data></node></graph></graphml>",
                "nokey.graphml",
                "<data> element without the key attribute");
        assertRefused(
                "<graphml><key for=\"node\" attr.name=\"n\"/><graph/></graphml>",
                "keyid.graphml",
                "<key> element without the id attribute");
        assertRefused(
                "<gexf><graph><attributes><attribute id=\"0\" title=\"t\"/></attributes>"
                        + "<nodes/></graph></gexf>",
                "class.gexf",
                "<attributes> element without the class attribute");
        assertRefused(
                "<gexf><graph><nodes><node id=\"a\"><attvalues><attvalue for=\"0\"/>"
                        + "</attvalues></node></nodes></graph></gexf>",
                "value.gexf",
                "<attvalue> element without the value attribute");
    }

    @Test
    void shouldRefuseAZipThatInflatesPastTheLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../nodes.csv"));
            zip.write("id\n".getBytes(StandardCharsets.UTF_8));
            zip.write(new byte[3 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(100_000);
        assertTimeoutPreemptively(
                QUICKLY,
                () ->
                        assertThatThrownBy(
                                        () ->
                                                READER.read(
                                                        new ByteArrayInputStream(
                                                                bytes.toByteArray()),
                                                        "bomb.zip"))
                                .isInstanceOf(GraphFileException.class)
                                .hasMessageContaining("larger than the limit of 2 MB"));
    }

    private static GraphFileException assertRefused(String xml, String name, String expected) {
        return assertTimeoutPreemptively(
                QUICKLY,
                () -> {
                    try {
                        read(xml, name);
                    } catch (GraphFileException e) {
                        assertThat(e.getMessage()).startsWith(name).contains(expected);
                        return e;
                    }
                    throw new AssertionError(name + " was read");
                });
    }

    private static coop.maillage.network.TemporalNetwork read(String xml, String name) {
        return READER.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name);
    }
}
