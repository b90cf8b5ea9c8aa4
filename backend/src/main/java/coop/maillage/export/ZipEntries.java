package coop.maillage.export;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip entries with a fixed date, so that two exports of the same data are the same bytes. */
final class ZipEntries {

    /** The earliest date a zip entry can hold. */
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipEntries() {}

    /** Closes the current entry, if any, and opens the entry {@code name}. */
    static void next(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED);
        zip.putNextEntry(entry);
    }
}
