package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an Excel workbook ({@code .xlsx}) sheet by sheet with POI's streaming SAX reader (never the
 * whole workbook in memory): each sheet named after an entity ({@code actors}, {@code Acteurs}…;
 * the workbook's own name when it has one sheet) becomes a {@link StagedTable}. Dates are read as
 * dates whatever their display format, numbers as their value; other sheets are left aside with a
 * note. A hostile workbook is refused: POI's zip-bomb guard ({@link ZipSecureFile}: the smallest
 * inflation ratio and the largest entry), and its XML parser, which resolves no external entity.
 */
final class XlsxSheets {

    /** The largest part of a workbook once unzipped: a sheet of 100,000 rows is far smaller. */
    static final long MAX_ENTRY_BYTES = 1L << 30;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxSheets() {}

    static void stage(
            Path workbook,
            Place file,
            Path directory,
            List<Table> tables,
            List<String> notes,
            Problems problems) {
        List<Table> found = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    Optional<CsvFile> entity =
                            Names.entity(name).or(() -> onlySheet(sheets, names, file));
                    if (entity.isEmpty()) {
                        notes.add(
                                file.file()
                                        + ": sheet "
                                        + name
                                        + " left aside, its name is"
                                        + " not an entity's");
                        continue;
                    }
                    Path staged = directory.resolve("sheet-" + tables.size() + found.size());
                    Place place = new Place(file.file(), name);
                    copy(sheet, strings, styles, staged);
                    found.add(new StagedTable(staged, place, entity.get()));
                }
            }
        } catch (IOException
                | RuntimeException
                | org.xml.sax.SAXException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            problems.add(ImportProblem.of(file, unreadable(e)));
            return;
        }
        if (found.isEmpty()) {
            problems.add(
                    ImportProblem.of(
                            file,
                            "no sheet is named after an entity; name each sheet after the"
                                    + " records it holds: "
                                    + Names.entityNames()));
        }
        tables.addAll(found);
    }

    /** The workbook's own entity, when its name has one and it has this one sheet only. */
    private static Optional<CsvFile> onlySheet(
            XSSFReader.SheetIterator sheets, List<String> names, Place file) {
        return names.size() == 1 && !sheets.hasNext()
                ? Names.entity(file.file())
                : Optional.empty();
    }

    private static void copy(
            InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles, Path staged)
            throws IOException, org.xml.sax.SAXException {
        try (StagedTable.Writer writer = new StagedTable.Writer(staged)) {
            XMLReader parser;
            try {
                parser = XMLHelper.newXMLReader();
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            parser.setContentHandler(
                    new XSSFSheetXMLHandler(
                            styles, strings, new Rows(writer), new ValueFormatter(), false));
            try {
                parser.parse(new InputSource(sheet));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static String unreadable(Exception e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return "the workbook expands too much once unzipped (a zip bomb?); it is refused";
        }
        return "the workbook cannot be read ("
                + reason.lines().findFirst().orElse("")
                + "); save it again as an Excel workbook (.xlsx)";
    }

    /** Writes each row of a sheet, its cells at their columns, empty cells in the gaps. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final StagedTable.Writer writer;
        private List<String> cells = new ArrayList<>();

        Rows(StagedTable.Writer writer) {
            this.writer = writer;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = cells.stream().allMatch(String::isBlank);
            if (blank && !writer.hasHeader()) {
                return;
            }
            try {
                writer.write(rowNum + 1L, cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as ISO dates, whatever their display format; other numbers as their value. */
    private static final class ValueFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String format) {
            if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return NumberToTextConverter.toText(value);
        }
    }
}
