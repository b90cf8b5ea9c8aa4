package coop.maillage.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.io.GraphFileReader;
import coop.maillage.network.Interval;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.seed.CsvDataset;
import coop.maillage.seed.CsvFile;
import coop.maillage.seed.DatasetException;
import coop.maillage.seed.DatasetProblem;
import coop.maillage.support.PropertySeed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile text in names and descriptions survives our writers and readers: a dataset export read
 * back by the dataset importer gives the text as written, or a refusal naming file, line and
 * column; a GraphML, GEXF, CSV or JSON network export read back by our readers gives the text as
 * written, except that XML drops the characters XML 1.0 cannot hold ({@link XmlOutput#clean}).
 */
class HostileTextPropertyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.text();
    }

    @Property(seed = PropertySeed.SEED)
    void shouldReadADatasetExportBackAsWrittenOrNameTheCell(@ForAll("hostile") String text)
            throws IOException {
        List<DatasetTable> tables =
                List.of(
                        table(CsvFile.TERRITORIES, "id", "t1", "name", text, "provenance", "x"),
                        table(
                                CsvFile.COLLEGES,
                                "id",
                                "c1",
                                "name",
                                "Collège",
                                "description",
                                text,
                                "provenance",
                                text));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        DatasetZipWriter.write(tables, zip);
        Path directory = unzip(zip.toByteArray());
        try {
            CsvDataset dataset = CsvDataset.fromDirectory(directory);
            String expected = text.isBlank() ? null : utf8(text);
            Object name = dataset.rows(CsvFile.TERRITORIES).get(0).values().get("name");
            Object description = dataset.rows(CsvFile.COLLEGES).get(0).values().get("description");
            assertThat(visible(name)).isEqualTo(visible(expected));
            assertThat(visible(description)).isEqualTo(visible(expected));
        } catch (DatasetException e) {
            for (DatasetProblem problem : e.problems()) {
                assertThat(problem.file()).isIn("territories.csv", "colleges.csv");
                assertThat(problem.line()).as(problem.toString()).isPositive();
                assertThat(problem.column()).as(problem.toString()).isNotBlank();
            }
        } finally {
            delete(directory);
        }
    }

    @Property(seed = PropertySeed.SEED)
    void shouldReadANetworkExportBackAsWritten(@ForAll("hostile") String text) throws IOException {
        ExportGraph graph = graph(text);
        for (NetworkFormat format :
                List.of(NetworkFormat.GRAPHML, NetworkFormat.GEXF, NetworkFormat.CSV)) {
            TemporalNetwork read =
                    new GraphFileReader()
                            .read(
                                    new ByteArrayInputStream(write(format, graph)),
                                    "x." + format.extension());
            assertThat(visible(read.nodes().get(0).attribute("name")))
                    .as(format.name())
                    .isEqualTo(visible(expected(format, text)));
        }
        JsonNode json = JSON.readTree(write(NetworkFormat.JSON, graph));
        assertThat(visible(json.get("nodes").get(0).get("name").asString()))
                .isEqualTo(visible(text));
    }

    /**
     * What our readers give back of {@code text} written in {@code format}. Every format is UTF-8,
     * which cannot encode a lone surrogate: Java's encoder writes '?'. XML drops what XML 1.0
     * cannot hold ({@link XmlOutput#clean}) and, as the writer leaves line ends unescaped, an XML
     * reader turns CR LF and a lone CR into LF (XML 1.0, section 2.11); the GraphML reader then
     * trims the text of a data element; GEXF holds values in attributes, where tab and line feed
     * become spaces (section 3.3.3). The CSV graph reader trims a cell ({@link String#trim}: every
     * character up to U+0020 at either end) and reads an empty one as none; JSON keeps all.
     */
    static String expected(NetworkFormat format, String text) {
        String lines = XmlOutput.clean(text).replace("\r\n", "\n").replace('\r', '\n');
        return switch (format) {
            case GRAPHML -> lines.trim();
            case GEXF -> lines.replace('\t', ' ').replace('\n', ' ');
            default -> utf8(text).trim().isEmpty() ? null : utf8(text).trim();
        };
    }

    /** The text as Java's UTF-8 encoder writes it: each lone surrogate becomes '?'. */
    static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The text with controls, marks and surrogates as escapes, so a failure can be read. */
    static String visible(Object text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        text.toString()
                .chars()
                .forEach(
                        c -> {
                            boolean plain = c >= 0x20 && c < 0x7F;
                            out.append(plain ? String.valueOf((char) c) : "\\u%04X".formatted(c));
                        });
        return out.toString();
    }

    private static ExportGraph graph(String text) {
        Map<String, String> name = new LinkedHashMap<>();
        name.put("name", text);
        name.put("kind", "COMPANY");
        return new ExportGraph(
                false,
                Map.of(),
                List.of(
                        new ExportGraph.Node("a", name, Interval.ALWAYS),
                        new ExportGraph.Node("b", Map.of("kind", "COMPANY"), Interval.ALWAYS)),
                List.of(
                        new ExportGraph.Edge(
                                "a",
                                "b",
                                1,
                                Map.of("layer", "collaborations"),
                                List.of(Interval.ALWAYS))));
    }

    private static byte[] write(NetworkFormat format, ExportGraph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(graph, out);
        return out.toByteArray();
    }

    private static DatasetTable table(CsvFile file, String... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return new DatasetTable(file, file.header(), List.of(row));
    }

    private static Path unzip(byte[] zip) throws IOException {
        Path directory = Files.createTempDirectory("maillage-hostile-");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.write(directory.resolve(entry.getName()), in.readAllBytes());
            }
        }
        return directory;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
