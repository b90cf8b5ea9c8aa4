package coop.maillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made to harm: a zip bomb (a sheet that inflates a thousandfold) and a sheet whose XML
 * declares an external entity naming a local file. Each is refused with a problem; the file is
 * never read.
 */
class HostileWorkbookTest {

    @TempDir Path work;

    @Test
    void shouldRefuseASheetThatInflatesLikeAZipBomb() throws IOException {
        String padding = " ".repeat(20_000_000);
        byte[] bomb =
                withSheet(
                        "<worksheet"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                + padding
                                + "<sheetData/></worksheet>");

        assertThat(problems(bomb))
                .singleElement()
                .asString()
                .contains("equipe.xlsx: the workbook expands too much once unzipped");
    }

    @Test
    void shouldNotReadAFileAnExternalEntityNames() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "s3cr3t");
        byte[] hostile =
                withSheet(
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \""
                                + secret.toUri()
                                + "\">]><worksheet"
                                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row"
                                + " r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t>"
                                + "</is></c></row></sheetData></worksheet>");

        List<String> problems = problems(hostile);

        assertThat(problems).singleElement().asString().contains("the workbook cannot be read");
        assertThat(problems.get(0)).doesNotContain("s3cr3t");
    }

    private static List<String> problems(byte[] workbook) throws IOException {
        try (ImportSource source =
                ImportSource.of("equipe.xlsx", new ByteArrayInputStream(workbook), null, 1 << 26)) {
            return source.problems().listed().stream().map(ImportProblem::toString).toList();
        }
    }

    /** The test workbook with its first sheet's XML replaced. */
    private static byte[] withSheet(String xml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in =
                        new ZipInputStream(new ByteArrayInputStream(ImportFiles.workbook(false)));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
