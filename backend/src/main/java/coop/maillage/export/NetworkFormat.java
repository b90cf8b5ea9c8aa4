package coop.maillage.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a network is exported in, each with its file extension and media type. */
enum NetworkFormat {
    GRAPHML("graphml", "application/graphml+xml") {
        @Override
        void write(ExportGraph graph, OutputStream out) throws IOException {
            GraphMlWriter.write(graph, out);
        }
    },
    GEXF("gexf", "application/gexf+xml") {
        @Override
        void write(ExportGraph graph, OutputStream out) throws IOException {
            GexfWriter.write(graph, out);
        }
    },
    /** A zip of {@code nodes.csv} and {@code edges.csv}. */
    CSV("zip", "application/zip") {
        @Override
        void write(ExportGraph graph, OutputStream out) throws IOException {
            CsvGraphWriter.writeZip(graph, out);
        }
    },
    JSON("json", "application/json") {
        @Override
        void write(ExportGraph graph, OutputStream out) {
            NodeLinkWriter.write(graph, out);
        }
    };

    private final String extension;
    private final String mediaType;

    NetworkFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Writes {@code graph} to {@code out}, which is flushed but stays open. */
    abstract void write(ExportGraph graph, OutputStream out) throws IOException;

    /** The extension of the file written, without the dot. */
    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format named {@code name} (graphml, gexf, csv, json), ignoring case. */
    static NetworkFormat parse(String name) {
        for (NetworkFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown format \""
                        + name
                        + "\": use one of "
                        + Arrays.stream(values())
                                .map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
    }
}
