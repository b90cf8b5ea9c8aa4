package coop.maillage.report;

import coop.maillage.analysis.AnalysisParameters;
import coop.maillage.analysis.AnalysisService;
import coop.maillage.neo4j.Database;
import coop.maillage.network.StoreNetworkReader;
import coop.maillage.network.TemporalNetwork;
import coop.maillage.network.YearRange;
import coop.maillage.privacy.Pseudonyms;
import coop.maillage.web.BadParameterException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The annual impact report of a year, as XHTML or PDF: reads the network and the records of the
 * pole's territory, builds the {@link ImpactReport} and writes it. The last few documents are kept
 * until the next write to the database, since a report takes seconds to compute and lay out.
 */
@Service
public class ReportService {

    /** Documents kept between writes. */
    static final int CACHED = 8;

    private final StoreNetworkReader networks;
    private final StoreReportFacts facts;
    private final Pseudonyms pseudonyms;
    private final Database database;
    private final Map<String, byte[]> cache =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > CACHED;
                }
            };

    ReportService(
            StoreNetworkReader networks,
            StoreReportFacts facts,
            Pseudonyms pseudonyms,
            Database database) {
        this.networks = networks;
        this.facts = facts;
        this.pseudonyms = pseudonyms;
        this.database = database;
    }

    /** The two formats of a report. */
    public enum Format {
        HTML("html", "text/html;charset=UTF-8"),
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** The report of {@code year} in a language and a format. */
    public byte[] render(int year, Language language, Format format) {
        String key = database.writes() + "/" + year + "/" + language + "/" + format;
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ImpactReport report = report(year);
        String xhtml = ReportHtml.write(report, language);
        byte[] bytes =
                format == Format.HTML
                        ? xhtml.getBytes(StandardCharsets.UTF_8)
                        : ReportPdf.render(xhtml, ReportHtml.title(report, language));
        synchronized (cache) {
            cache.put(key, bytes);
        }
        return bytes;
    }

    /** The file name of a report: {@code rapport-impact-2024.pdf}, {@code impact-report-2024…}. */
    public static String fileName(int year, Language language, Format format) {
        return (language == Language.FR ? "rapport-impact-" : "impact-report-")
                + year
                + "."
                + format.extension();
    }

    /** The report model of {@code year}. */
    public ImpactReport report(int year) {
        TemporalNetwork network = networks.read(null);
        YearRange years = years(network);
        if (!years.contains(year)) {
            throw new BadParameterException(
                    "year",
                    "no report for "
                            + year
                            + ": the data cover "
                            + years.first()
                            + "–"
                            + years.last()
                            + "; ask for a year in that range");
        }
        return ReportBuilder.build(facts.read(network.poleId()), network, year, pseudonyms::of);
    }

    /** The years a report can be asked for: those of the analysis endpoints. */
    public YearRange years() {
        return years(networks.read(null));
    }

    private static YearRange years(TemporalNetwork network) {
        return AnalysisService.range(
                network,
                new AnalysisParameters(
                        null, null, null, null, null, null, null, null, null, null, null));
    }
}
