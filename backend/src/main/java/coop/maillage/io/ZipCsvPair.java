package coop.maillage.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The {@code nodes.csv} and {@code edges.csv} entries of a zip, found at any depth (a zipped
 * folder), each read whole within the size limit. Entries are read, never extracted, so entry names
 * cannot write outside a directory.
 *
 * @param nodes the bytes of the nodes file
 * @param nodesName its name in messages, {@code archive.zip/nodes.csv}
 * @param edges the bytes of the edges file
 * @param edgesName its name in messages
 */
record ZipCsvPair(byte[] nodes, String nodesName, byte[] edges, String edgesName) {

    static ZipCsvPair read(InputStream in, String zipName, long maxBytes) {
        byte[] nodes = null;
        byte[] edges = null;
        String nodesName = zipName + "/" + GraphFileReader.NODES_CSV;
        String edgesName = zipName + "/" + GraphFileReader.EDGES_CSV;
        try {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (base.equalsIgnoreCase(GraphFileReader.NODES_CSV)) {
                    nodes = once(nodes, zip, zipName, entry, maxBytes);
                } else if (base.equalsIgnoreCase(GraphFileReader.EDGES_CSV)) {
                    edges = once(edges, zip, zipName, entry, maxBytes);
                }
            }
        } catch (ZipException e) {
            throw new Place(zipName, 0)
                    .error("the file is not a valid zip (" + e.getMessage() + ")", "zip it again");
        } catch (IOException e) {
            throw new Place(zipName, 0).error("the zip cannot be read (" + e + ")", "zip it again");
        }
        if (nodes == null || edges == null) {
            throw new Place(zipName, 0)
                    .error(
                            "the zip holds no " + (nodes == null ? "nodes.csv" : "edges.csv"),
                            "put nodes.csv and edges.csv in the zip");
        }
        return new ZipCsvPair(nodes, nodesName, edges, edgesName);
    }

    private static byte[] once(
            byte[] seen, ZipInputStream zip, String zipName, ZipEntry entry, long maxBytes)
            throws IOException {
        if (seen != null) {
            throw new Place(zipName, 0)
                    .error(
                            "the zip holds more than one " + entry.getName(),
                            "keep one nodes.csv and one edges.csv in the zip");
        }
        byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw GraphFileReader.tooLarge(zipName + "/" + entry.getName(), maxBytes);
        }
        return bytes;
    }
}
