package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.util.List;

/**
 * The rows of one entity in one file or sheet, which can be read more than once: checking reads
 * them, then writing reads them again, so that no more than a batch is ever in memory.
 */
interface Table {

    /** Where the rows are, for messages. */
    Place place();

    /** The entity the rows are records of. */
    CsvFile entity();

    /** Opens the rows from the start. */
    Rows open() throws IOException;

    /**
     * Open rows: the header, then each row; a row that cannot be read is a {@link TableException}.
     */
    interface Rows extends AutoCloseable {

        /** The header as written. */
        List<String> header();

        /** The next row, or null at the end. */
        SourceRow next();

        @Override
        void close() throws IOException;
    }
}
