package coop.maillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFileErrorsTest {

    private static final String NODES = "id,sector\na,ESS\nb,PUBLIC\n";

    private final GraphFileReader reader = new GraphFileReader();

    @TempDir Path dir;

    @Test
    void shouldNameTheEdgesLineOfAnUnknownTarget() throws IOException {
        write("nodes.csv", NODES);
        write("edges.csv", "source,target\na,b\n\nb,x9\n");

        assertFails(dir.resolve("nodes.csv"), "edges.csv", 4)
                .hasMessage(
                        "edges.csv line 4: target \"x9\" is not a node id in nodes.csv — add it"
                                + " to nodes.csv or correct the id");
    }

    @Test
    void shouldNameTheLineOfAnUnknownSourceInGraphMl() throws IOException {
        Path graphml =
                write(
                        "g.graphml",
                        """
                        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                          <graph edgedefault="undirected">
                            <node id="a"/>
                            <edge source="ghost" target="a"/>
                          </graph>
                        </graphml>
                        """);

        assertFails(graphml, "g.graphml", 4)
                .hasMessageContaining("source \"ghost\" is not a node id declared by a <node>")
                .hasMessageContaining("declare it with a <node> element or correct the id");
    }

    @Test
    void shouldRejectABadDate() throws IOException {
        write("nodes.csv", "id,from\na,2019\nb,2019-13-01\n");
        write("edges.csv", "source,target\n");

        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 3)
                .hasMessage(
                        "nodes.csv line 3: \"2019-13-01\" is not a date — write a year (2019) or"
                                + " an ISO date (2019-05-14)");
    }

    @Test
    void shouldRejectABadDateInAGexfSpell() throws IOException {
        Path gexf =
                write(
                        "g.gexf",
                        """
                        <gexf xmlns="http://gexf.net/1.3" version="1.3">
                          <graph><nodes>
                            <node id="a"><spells>
                              <spell start="soon"/>
                            </spells></node>
                          </nodes></graph>
                        </gexf>
                        """);

        assertFails(gexf, "g.gexf", 4).hasMessageContaining("\"soon\" is not a date");
    }

    @Test
    void shouldRejectAnEndBeforeTheStart() throws IOException {
        write("nodes.csv", NODES);
        write("edges.csv", "source,target,start,end\na,b,2020,2018\n");

        assertFails(dir.resolve("edges.csv"), "edges.csv", 2)
                .hasMessage(
                        "edges.csv line 2: the end (2018) is before the start (2020) — swap the"
                                + " start and the end or correct them");
    }

    @Test
    void shouldRejectZeroNegativeAndNonNumericWeights() throws IOException {
        write("nodes.csv", NODES);
        write("edges.csv", "source,target,weight\na,b,-2\n");
        assertFails(dir.resolve("nodes.csv"), "edges.csv", 2)
                .hasMessageContaining("weight -2 is not a positive number")
                .hasMessageContaining("— write a positive number such as 1 or 2.5");

        write("edges.csv", "source,target,weight\nb,a,1\na,b,0\n");
        assertFails(dir.resolve("nodes.csv"), "edges.csv", 3)
                .hasMessageContaining("weight 0 is not a positive number")
                .hasMessageContaining("a tie of strength 0 is no tie");

        write("edges.csv", "source,target,weight\na,b,1\na,b,strong\n");
        assertFails(dir.resolve("nodes.csv"), "edges.csv", 3)
                .hasMessageContaining("weight \"strong\" is not a number");
    }

    @Test
    void shouldRejectANegativeGexfWeight() throws IOException {
        Path gexf =
                write(
                        "g.gexf",
                        """
                        <gexf xmlns="http://gexf.net/1.3" version="1.3">
                          <graph><nodes><node id="a"/><node id="b"/></nodes>
                            <edges><edge source="a" target="b" weight="-1"/></edges>
                          </graph>
                        </gexf>
                        """);

        assertFails(gexf, "g.gexf", 3).hasMessageContaining("weight -1");
    }

    @Test
    void shouldRejectDuplicateNodeIdsNamingBothLines() throws IOException {
        write("nodes.csv", "id\na\nb\na\n");
        write("edges.csv", "source,target\n");

        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 4)
                .hasMessage(
                        "nodes.csv line 4: node id \"a\" is already used on line 2 — give every"
                                + " node its own id");
    }

    @Test
    void shouldRejectDuplicateNodeIdsInGraphMl() throws IOException {
        Path graphml =
                write(
                        "g.graphml",
                        "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</graph></graphml>");

        assertFails(graphml, "g.graphml", 3).hasMessageContaining("already used on line 2");
    }

    @Test
    void shouldRejectMissingRequiredColumns() throws IOException {
        write("nodes.csv", "name,sector\nA,ESS\n");
        write("edges.csv", "source,target\n");
        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 1)
                .hasMessage(
                        "nodes.csv line 1: no \"id\" column (columns: name, sector) — name the"
                                + " column \"id\" in the header line");

        write("nodes.csv", NODES);
        write("edges.csv", "from;to\na;b\n");
        assertFails(dir.resolve("nodes.csv"), "edges.csv", 1)
                .hasMessageContaining("no \"source\" column (columns: from, to)");
    }

    @Test
    void shouldRejectDuplicateColumnNames() throws IOException {
        write("nodes.csv", "id,name,name\na,x,y\n");
        write("edges.csv", "source,target\n");

        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 1)
                .hasMessageContaining("duplicate name")
                .hasMessageContaining("give each column its own name");
    }

    @Test
    void shouldRejectAnUnclosedQuoteAndExtraCells() throws IOException {
        write("nodes.csv", "id,name\na,\"Atelier\nb,B\n");
        write("edges.csv", "source,target\n");
        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 2)
                .hasMessageContaining("a quoted cell is not closed");

        write("nodes.csv", "id,name\na,Bois, Jura\n");
        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 2)
                .hasMessageContaining("3 cells but the header has 2")
                .hasMessageContaining("quote the cells that contain \",\"");
    }

    @Test
    void shouldNameTheLineOfMalformedXml() throws IOException {
        Path graphml =
                write("g.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n");

        assertFails(graphml, "g.graphml", 4).hasMessageContaining("the XML is not well-formed");
    }

    @Test
    void shouldRejectADoctypeWithAnExternalEntity() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path graphml =
                write(
                        "xxe.graphml",
                        "<?xml version=\"1.0\"?>\n"
                                + "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \""
                                + secret.toUri()
                                + "\">]>\n"
                                + "<graphml><graph><node id=\"&xxe;\"/></graph></graphml>\n");

        assertThatThrownBy(() -> reader.read(graphml))
                .isInstanceOf(GraphFileException.class)
                .hasMessageContaining("xxe.graphml line 2")
                .hasMessageContaining("<!DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void shouldRejectAGexfDoctype() throws IOException {
        Path gexf =
                write(
                        "g.gexf",
                        "<!DOCTYPE gexf SYSTEM \"http://example.org/gexf.dtd\">\n<gexf/>\n");

        assertFails(gexf, "g.gexf", 1).hasMessageContaining("not accepted for security");
    }

    @Test
    void shouldRejectEmptyFiles() throws IOException {
        assertFails(write("g.graphml", ""), "g.graphml", 0).hasMessageContaining("is empty");
        write("nodes.csv", "\n\n");
        write("edges.csv", "source,target\n");
        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 0).hasMessageContaining("is empty");
    }

    @Test
    void shouldRejectAFileOfAnotherFormat() throws IOException {
        Path gexf = write("g.gexf", "<graphml><graph/></graphml>");

        assertFails(gexf, "g.gexf", 1).hasMessageContaining("root element is <graphml>");
        assertFails(write("g.txt", "a b"), "g.txt", 0).hasMessageContaining("unknown graph format");
    }

    @Test
    void shouldRejectHyperedges() throws IOException {
        Path graphml =
                write(
                        "g.graphml",
                        "<graphml><graph>\n<hyperedge><endpoint node=\"a\"/></hyperedge>"
                                + "</graph></graphml>");

        assertFails(graphml, "g.graphml", 2).hasMessageContaining("hyperedges");
    }

    @Test
    void shouldSayWhenTheEdgesFileIsMissing() throws IOException {
        write("nodes.csv", NODES);

        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 0)
                .hasMessage(
                        "nodes.csv: no edges.csv beside it — put edges.csv in the same"
                                + " directory, or give both paths (--nodes and --edges)");
        assertFails(dir.resolve("absent.graphml"), "absent.graphml", 0)
                .hasMessageContaining("no such file");
    }

    @Test
    void shouldRefuseFilesOverTheSizeLimit() throws IOException {
        write("nodes.csv", NODES);
        write("edges.csv", "source,target\na,b\n");
        GraphFileReader small = new GraphFileReader(10, GraphFileReader.DEFAULT_MAX_NODES);

        assertThatThrownBy(() -> small.read(dir.resolve("nodes.csv")))
                .hasMessage(
                        "nodes.csv: the file is larger than the limit of 10 bytes — split the"
                                + " network or raise the size limit");
        assertThatThrownBy(
                        () -> small.read(new ByteArrayInputStream(new byte[100]), "upload.graphml"))
                .isInstanceOf(GraphFileException.class)
                .hasMessageContaining("upload.graphml: the file is larger");
    }

    @Test
    void shouldRefuseAZipEntryInflatingOverTheSizeLimit() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("nodes.csv"));
            out.write(("id\n" + "a\n".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
        }
        GraphFileReader limited = new GraphFileReader(10_000, GraphFileReader.DEFAULT_MAX_NODES);

        assertThat(Files.size(zip)).isLessThan(10_000);
        assertThatThrownBy(() -> limited.read(zip))
                .hasMessageContaining("bomb.zip/nodes.csv: the file is larger than the limit");
    }

    @Test
    void shouldRefuseMoreNodesThanTheLimit() throws IOException {
        write("nodes.csv", "id\na\nb\nc\n");
        write("edges.csv", "source,target\n");
        GraphFileReader limited = new GraphFileReader(GraphFileReader.DEFAULT_MAX_BYTES, 2);

        assertThatThrownBy(() -> limited.read(dir.resolve("nodes.csv")))
                .hasMessage(
                        "nodes.csv line 4: more than 2 nodes — split the network or raise the"
                                + " node limit");
    }

    @Test
    void shouldRejectTextThatIsNotUtf8() throws IOException {
        Files.write(
                dir.resolve("nodes.csv"),
                "id,name\na,Défi\n".getBytes(StandardCharsets.ISO_8859_1));
        write("edges.csv", "source,target\n");

        assertFails(dir.resolve("nodes.csv"), "nodes.csv", 0)
                .hasMessageContaining("not UTF-8 text");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertFails(
            Path path, String file, int line) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(path));
        assertThat(thrown).isInstanceOf(GraphFileException.class);
        GraphFileException error = (GraphFileException) thrown;
        assertThat(error.file()).isEqualTo(file);
        assertThat(error.line()).isEqualTo(line);
        return assertThat(thrown);
    }

    private Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return path;
    }
}
