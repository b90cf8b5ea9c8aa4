package coop.maillage.dataset;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded dataset put into a private temporary directory: a zip of files of the CSV data
 * format, or one such file named after its entity ({@code actors.csv}…). Only the format's file
 * names are accepted; paths inside the zip are ignored (no zip slip), and the number and size of
 * entries are bounded.
 */
final class DatasetUpload implements AutoCloseable {

    static final Set<String> NAMES =
            java.util.Arrays.stream(CsvFile.values())
                    .map(CsvFile::fileName)
                    .collect(Collectors.toUnmodifiableSet());
    private static final int MAX_ENTRIES = 100;

    private final Path directory;

    private DatasetUpload(Path directory) {
        this.directory = directory;
    }

    /** The directory holding the uploaded files. */
    Path directory() {
        return directory;
    }

    static DatasetUpload of(String filename, InputStream in, long maxBytes) throws IOException {
        Path directory = Files.createTempDirectory("maillage-import-");
        DatasetUpload upload = new DatasetUpload(directory);
        String name = filename == null ? "" : Path.of(filename).getFileName().toString();
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                upload.unzip(in, maxBytes);
            } else {
                upload.copy(name, in, maxBytes);
            }
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e;
        }
        return upload;
    }

    private void unzip(InputStream in, long maxBytes) throws IOException {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalArgumentException(
                            "the zip holds more than " + MAX_ENTRIES + " entries");
                }
                String name = Path.of(entry.getName()).getFileName().toString();
                if (!entry.isDirectory() && NAMES.contains(name)) {
                    copy(name, zip, maxBytes);
                }
            }
        }
    }

    private void copy(String name, InputStream in, long maxBytes) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "'"
                            + name
                            + "' is not a file of the data format: send a zip of them, or one"
                            + " of "
                            + NAMES.stream().sorted().toList());
        }
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw new IllegalArgumentException(name + " is larger than " + maxBytes + " bytes");
        }
        Files.write(directory.resolve(name), content);
    }

    @Override
    public void close() {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the directory is under the system's temporary directory.
        }
    }
}
