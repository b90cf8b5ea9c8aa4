package coop.maillage.io;

import coop.maillage.network.TemporalNetwork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a graph file into a {@link TemporalNetwork}, choosing the format by the file name:
 *
 * <ul>
 *   <li>{@code .graphml}: GraphML ({@link GraphMlReader});
 *   <li>{@code .gexf}: GEXF, with spells ({@link GexfReader});
 *   <li>{@code .csv}: a nodes file with its edges file beside it ({@code nodes.csv} and {@code
 *       edges.csv}, or {@code x-nodes.csv} and {@code x-edges.csv}), either one named;
 *   <li>a directory or a {@code .zip} holding {@code nodes.csv} and {@code edges.csv}.
 * </ul>
 *
 * A node attribute {@code kind} of {@code project}, {@code event} or {@code workshop} marks the
 * second mode of a two-mode graph; see {@link NetworkCollector} for how edges become ties. Files
 * over {@link #DEFAULT_MAX_BYTES} bytes or with more than {@link #DEFAULT_MAX_NODES} nodes are
 * refused unless other limits are given. Every problem is a {@link GraphFileException} naming the
 * file, the line and the fix.
 */
public final class GraphFileReader {

    /** The largest file read by default: 200 MB. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    /** The most nodes read by default. */
    public static final int DEFAULT_MAX_NODES = 2_000_000;

    static final String NODES_CSV = "nodes.csv";
    static final String EDGES_CSV = "edges.csv";

    private final long maxBytes;
    private final int maxNodes;

    /** A reader with the default limits. */
    public GraphFileReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_NODES);
    }

    /** A reader refusing files over {@code maxBytes} bytes or {@code maxNodes} nodes. */
    public GraphFileReader(long maxBytes, int maxNodes) {
        if (maxBytes <= 0 || maxNodes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxNodes = maxNodes;
    }

    /** Reads the graph at {@code path}: a GraphML, GEXF or CSV file, a directory or a zip. */
    public TemporalNetwork read(Path path) {
        String name = nameOf(path);
        if (Files.isDirectory(path)) {
            return read(path.resolve(NODES_CSV), path.resolve(EDGES_CSV));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return readCsvPair(path);
        }
        if (lower.endsWith(".graphml") || lower.endsWith(".gexf") || lower.endsWith(".zip")) {
            checkSize(path);
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, name);
            } catch (IOException e) {
                throw unreadable(path, e);
            }
        }
        throw unknownFormat(name);
    }

    /** Reads a graph kept as a nodes CSV file and an edges CSV file. */
    public TemporalNetwork read(Path nodes, Path edges) {
        checkSize(nodes);
        checkSize(edges);
        try (InputStream nodesIn = Files.newInputStream(nodes);
                InputStream edgesIn = Files.newInputStream(edges)) {
            return CsvGraphReader.read(nodesIn, nameOf(nodes), edgesIn, nameOf(edges), maxNodes);
        } catch (IOException e) {
            throw unreadable(Files.exists(nodes) ? edges : nodes, e);
        }
    }

    /**
     * Reads a GraphML, GEXF or zip stream (an upload, say), the format chosen by {@code fileName}.
     * The stream is not closed.
     */
    public TemporalNetwork read(InputStream in, String fileName) {
        InputStream limited =
                new LimitedInputStream(in, maxBytes, limit -> tooLarge(fileName, limit));
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".graphml")) {
            return GraphMlReader.read(limited, fileName, maxNodes);
        }
        if (lower.endsWith(".gexf")) {
            return GexfReader.read(limited, fileName, maxNodes);
        }
        if (lower.endsWith(".zip")) {
            ZipCsvPair pair = ZipCsvPair.read(limited, fileName, maxBytes);
            return CsvGraphReader.read(
                    new ByteArrayInputStream(pair.nodes()),
                    pair.nodesName(),
                    new ByteArrayInputStream(pair.edges()),
                    pair.edgesName(),
                    maxNodes);
        }
        throw unknownFormat(fileName);
    }

    private TemporalNetwork readCsvPair(Path path) {
        String name = nameOf(path);
        String lower = name.toLowerCase(Locale.ROOT);
        int nodesAt = lower.lastIndexOf("nodes");
        int edgesAt = lower.lastIndexOf("edges");
        if (nodesAt < 0 && edgesAt < 0) {
            throw new Place(name, 0)
                    .error(
                            "cannot tell whether this is the nodes or the edges file",
                            "name the files nodes.csv and edges.csv, or give both paths"
                                    + " (--nodes and --edges)");
        }
        boolean isNodes = nodesAt > edgesAt;
        int at = isNodes ? nodesAt : edgesAt;
        String partnerName =
                name.substring(0, at) + (isNodes ? "edges" : "nodes") + name.substring(at + 5);
        Path partner = path.resolveSibling(partnerName);
        if (!Files.exists(partner)) {
            throw new Place(name, 0)
                    .error(
                            "no " + partnerName + " beside it",
                            "put "
                                    + partnerName
                                    + " in the same directory, or give both paths"
                                    + " (--nodes and --edges)");
        }
        return isNodes ? read(path, partner) : read(partner, path);
    }

    private void checkSize(Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        if (size > maxBytes) {
            throw tooLarge(nameOf(path), maxBytes);
        }
        if (size == 0) {
            throw new Place(nameOf(path), 0)
                    .error("the file is empty", "export the graph again or give another file");
        }
    }

    static GraphFileException tooLarge(String file, long maxBytes) {
        return new Place(file, 0)
                .error(
                        "the file is larger than the limit of " + megabytes(maxBytes),
                        "split the network or raise the size limit");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static GraphFileException unreadable(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new GraphFileException(
                    nameOf(path), 0, "no such file", "check the path: " + path, e);
        }
        return new GraphFileException(
                nameOf(path), 0, "the file cannot be read (" + e + ")", "check its permissions", e);
    }

    private static GraphFileException unknownFormat(String name) {
        return new Place(name, 0)
                .error(
                        "unknown graph format",
                        "give a .graphml, .gexf or .csv file (nodes.csv with edges.csv), or a"
                                + " directory or .zip holding nodes.csv and edges.csv");
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
