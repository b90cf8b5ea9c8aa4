package coop.maillage.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files for import tests, written as spreadsheets write them. */
public final class ImportFiles {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ImportFiles() {}

    /** UTF-8 text with a byte-order mark, as Excel's "CSV UTF-8" saves it. */
    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /** A zip of the given files, in order. */
    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A workbook as a team keeps it; {@code errors} puts one mistake in each entity sheet. */
    public static byte[] workbook(boolean errors) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet actors = book.createSheet("Acteurs");
            row(actors, 0, "Identifiant", "Nom", "Type", "Secteur", "Début", "Adhérents");
            Row a1 = row(actors, 1, "a1", "Jura Nature", "association", "ESS");
            a1.createCell(4).setCellValue(LocalDate.of(2019, 3, 14));
            a1.getCell(4).setCellStyle(date);
            a1.createCell(5).setCellValue(120);
            row(
                    actors,
                    2,
                    "a2",
                    "Scierie",
                    "entreprise",
                    errors ? "Artisanat" : "Entreprise",
                    "02/05/2020");
            Sheet projects = book.createSheet("Projets");
            row(
                    projects,
                    0,
                    "Identifiant",
                    "Intitulé",
                    "Étape",
                    "Emplois",
                    "Score total",
                    "Accompagné");
            Row p1 = row(projects, 1, "p1", "Tiers-lieu", errors ? "D9" : "D4");
            p1.createCell(3).setCellValue(3);
            p1.createCell(4).setCellValue(27.5);
            p1.createCell(5).setCellValue(true);
            row(book.createSheet("Notes"), 0, "Ce classeur est tenu par l'équipe.");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }
}
