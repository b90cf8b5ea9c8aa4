package coop.maillage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every quote of the seed is one that {@code src/test/python/verify_quotes.py} found in the source
 * document it names. The documents themselves stay out of the repository (they name private
 * individuals); the script writes the list of the quotes it found, which this test reads: a new or
 * changed quote fails here until the script is run again where the documents are.
 */
class SeedQuotesTest {

    private static final String DIR = "/seed/clusterjura/";
    private static final List<String> FILES =
            List.of(
                    "territories",
                    "colleges",
                    "actors",
                    "projects",
                    "events",
                    "workshops",
                    "memberships",
                    "participations",
                    "attendances",
                    "collaborations",
                    "emergences",
                    "duplications",
                    "figures");
    private static final Pattern QUOTED =
            Pattern.compile(
                    "(\\d{3}_[0-9a-f]{16}\\.txt)\\s*:\\s*«\\s*(.*?)\\s*»((?:\\s*;\\s*«\\s*.*?\\s*»)*)");
    private static final Pattern MORE = Pattern.compile("«\\s*(.*?)\\s*»");
    private static final Set<String> DOCUMENTS =
            Set.of(
                    "000_5186f769c243029d.txt",
                    "001_cf09c193b4e9e1b8.txt",
                    "002_f3ef42551daaf4c6.txt",
                    "003_63fefee6844dd0ec.txt",
                    "004_0f9c445a29e0605b.txt");

    @Test
    void shouldQuoteOnlyWhatTheSourceDocumentsSay() throws IOException {
        Set<String> verified = verified();
        List<String> unverified = new ArrayList<>();
        int quotes = 0;
        for (String file : FILES) {
            for (CSVRecord row : rows(file)) {
                for (String quote : quotes(row)) {
                    quotes++;
                    if (!verified.contains(quote)) {
                        unverified.add(file + ".csv line " + row.getRecordNumber() + ": " + quote);
                    }
                }
            }
        }
        assertThat(quotes).isGreaterThan(150);
        assertThat(unverified)
                .as("quotes not checked against their document: run verify_quotes.py")
                .isEmpty();
    }

    @Test
    void shouldGiveEveryRowASourceQuoteOrSayItIsIllustrative() throws IOException {
        List<String> bare = new ArrayList<>();
        for (String file : FILES) {
            for (CSVRecord row : rows(file)) {
                String provenance = row.isMapped("provenance") ? row.get("provenance") : "";
                boolean quoted = QUOTED.matcher(provenance).find();
                boolean illustrative = provenance.startsWith("illustrative:");
                boolean figure = file.equals("figures") && !row.get("quote").isBlank();
                if (!quoted && !illustrative && !figure) {
                    bare.add(file + ".csv line " + row.getRecordNumber() + ": " + provenance);
                }
            }
        }
        assertThat(bare).isEmpty();
    }

    /** The "document\tquote" pairs of the quotes in {@code row}, whitespace runs as one space. */
    private static List<String> quotes(CSVRecord row) {
        List<String> quotes = new ArrayList<>();
        if (row.isMapped("provenance")) {
            Matcher matcher = QUOTED.matcher(row.get("provenance"));
            while (matcher.find()) {
                assertThat(DOCUMENTS).contains(matcher.group(1));
                quotes.add(matcher.group(1) + "\t" + spaces(matcher.group(2)));
                Matcher more = MORE.matcher(matcher.group(3));
                while (more.find()) {
                    quotes.add(matcher.group(1) + "\t" + spaces(more.group(1)));
                }
            }
        }
        if (row.isMapped("quote") && !row.get("source").isBlank()) {
            assertThat(DOCUMENTS).contains(row.get("source"));
            quotes.add(row.get("source") + "\t" + spaces(row.get("quote")));
        }
        return quotes;
    }

    private static String spaces(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Set<String> verified() throws IOException {
        try (InputStream in =
                SeedQuotesTest.class.getResourceAsStream("/provenance/verified-quotes.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> lines = new HashSet<>(text.lines().toList());
            lines.remove("document\tquote");
            return lines;
        }
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        InputStream in = SeedQuotesTest.class.getResourceAsStream(DIR + file + ".csv");
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(reader)) {
            return parser.getRecords();
        }
    }
}
