package coop.maillage.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded, reproducible damage to a graph file, for fuzzing its reader: byte-level damage (any
 * format), XML damage (GraphML, GEXF) and CSV damage. {@link #apply} applies one mutation of a
 * given kind, which property tests drive through {@link Damage}; {@link #mutateXml} and {@link
 * #mutateCsv} apply one to three drawn from the seed and record which, so that a seed replays.
 */
public class FileMutator {

    /** Kinds of damage to an XML file, for {@link #apply}. */
    public static final int XML_KINDS = 14;

    /** Kinds of damage to a CSV file, for {@link #apply}. */
    public static final int CSV_KINDS = 12;

    /** Plausible starts put before random bytes (see {@link Damage}), so that parsing gets on. */
    public static final List<String> STARTS =
            List.of("", "<?xml version=\"1.0\"?>", "<graphml>", "<gexf>", "id,source\n");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s[\\w.:]+=\"[^\"]*\"");
    private static final Pattern ELEMENT_NAME = Pattern.compile("(?<=</?)[\\w:]+");
    private static final String[] ELEMENTS = {
        "graphml",
        "gexf",
        "graph",
        "node",
        "edge",
        "key",
        "data",
        "default",
        "attributes",
        "attribute",
        "attvalue",
        "attvalues",
        "spells",
        "spell",
        "hyperedge",
        "nodes",
        "edges"
    };
    private static final String[] VALUES = {
        "",
        "2019-99",
        "2019-02-30",
        "-inf",
        "NaN",
        "1e309",
        "-1",
        "99999999999",
        "&amp;",
        "\u0000",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\u202E",
        "😀",
        "x".repeat(100_000),
        "2019.5",
        "project",
        "event",
        "POLE",
        "weight",
        "from",
        "to",
        "start",
        "end"
    };
    private static final String[] INSERTS = {
        "&lol;",
        "&#0;",
        "&#x110000;",
        "]]>",
        "<![CDATA[",
        "<!-- ",
        "<?pi x?>",
        "\"",
        "'",
        "<",
        ">",
        "<!DOCTYPE x [<!ENTITY e \"e\">]>",
        "\r",
        "\n\n",
        ";",
        ",",
        "\uFEFF"
    };

    private final Random random;

    public FileMutator(long seed) {
        this.random = new Random(seed);
    }

    /** Damaged copy of an XML file; the mutations applied are added to {@code log}. */
    public byte[] mutateXml(byte[] bytes, List<String> log) {
        return mutate(bytes, log, true);
    }

    /** Damaged copy of a CSV file; the mutations applied are added to {@code log}. */
    public byte[] mutateCsv(byte[] bytes, List<String> log) {
        return mutate(bytes, log, false);
    }

    /**
     * {@code bytes} damaged by one mutation of the given kind (0 to {@link #XML_KINDS} − 1 for XML,
     * 0 to {@link #CSV_KINDS} − 1 for CSV; the higher XML kinds edit tags and attributes); where
     * and with what is drawn from this mutator's seed.
     */
    public byte[] apply(int kind, byte[] bytes, boolean xml) {
        return xml && kind >= 7 ? xmlMutation(kind, bytes) : anyMutation(kind, bytes, xml);
    }

    private byte[] mutate(byte[] bytes, List<String> log, boolean xml) {
        byte[] result = bytes;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(xml ? XML_KINDS : CSV_KINDS);
            log.add((xml ? "xml-" : "csv-") + kind);
            result = apply(kind, result, xml);
        }
        return result;
    }

    private byte[] anyMutation(int kind, byte[] bytes, boolean xml) {
        return switch (kind) {
            case 0 -> flip(bytes);
            case 1 -> Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
            case 2 -> insert(bytes, pick(INSERTS).getBytes(StandardCharsets.UTF_8));
            case 3 -> insert(bytes, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
            case 4 -> lines(bytes, this::duplicateLine);
            case 5 -> lines(bytes, this::deleteLine);
            case 6 -> new byte[0];
            case 7 -> lines(bytes, lines -> cell(lines, pick(VALUES)));
            case 8 -> text(bytes, s -> s.replace(',', ';'));
            case 9 -> lines(bytes, lines -> column(lines, true));
            case 10 -> lines(bytes, lines -> column(lines, false));
            default -> text(bytes, s -> s.replace("\n", random.nextBoolean() ? "\r" : "\r\n"));
        };
    }

    private byte[] xmlMutation(int kind, byte[] bytes) {
        return switch (kind) {
            case 7 -> text(bytes, s -> replaceOne(s, TAG, m -> ""));
            case 8 -> text(bytes, s -> replaceOne(s, ATTRIBUTE, m -> ""));
            case 9 -> text(bytes, s -> replaceOne(s, ATTRIBUTE, this::badAttribute));
            case 10 -> text(bytes, s -> replaceOne(s, ELEMENT_NAME, m -> pick(ELEMENTS)));
            case 11 -> lines(bytes, this::deepNesting);
            case 12 -> text(bytes, s -> replaceOne(s, TAG, m -> m.group() + m.group()));
            default -> text(bytes, s -> replaceOne(s, ATTRIBUTE, m -> m.group() + m.group()));
        };
    }

    private String badAttribute(Matcher attribute) {
        String text = attribute.group();
        return text.substring(0, text.indexOf('=') + 1) + "\"" + escaped(pick(VALUES)) + "\"";
    }

    private static String escaped(String value) {
        return value.replace("&amp;", "&").replace("&", "&amp;").replace("<", "&lt;");
    }

    private List<String> deepNesting(List<String> lines) {
        int depth = 1 + random.nextInt(5000);
        String name = pick(ELEMENTS);
        List<String> copy = new ArrayList<>(lines);
        int at = copy.isEmpty() ? 0 : 1 + random.nextInt(copy.size());
        copy.add(at, ("<" + name + ">").repeat(depth) + ("</" + name + ">").repeat(depth));
        return copy;
    }

    private String replaceOne(
            String text, Pattern pattern, java.util.function.Function<Matcher, String> by) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] chosen = found.get(random.nextInt(found.size()));
        matcher.find(chosen[0]);
        return text.substring(0, chosen[0]) + by.apply(matcher) + text.substring(chosen[1]);
    }

    private List<String> duplicateLine(List<String> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        List<String> copy = new ArrayList<>(lines);
        int at = random.nextInt(copy.size());
        copy.add(at, copy.get(at));
        return copy;
    }

    private List<String> deleteLine(List<String> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        List<String> copy = new ArrayList<>(lines);
        copy.remove(random.nextInt(copy.size()));
        return copy;
    }

    private List<String> cell(List<String> lines, String value) {
        if (lines.isEmpty()) {
            return List.of(value);
        }
        int row = random.nextInt(lines.size());
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(row).split(",", -1)));
        cells.set(random.nextInt(cells.size()), value);
        List<String> copy = new ArrayList<>(lines);
        copy.set(row, String.join(",", cells));
        return copy;
    }

    private List<String> column(List<String> lines, boolean duplicate) {
        if (lines.isEmpty()) {
            return lines;
        }
        int index = random.nextInt(lines.get(0).split(",", -1).length);
        List<String> copy = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            if (index < cells.size()) {
                if (duplicate) {
                    cells.add(index, cells.get(index));
                } else {
                    cells.remove(index);
                }
            }
            copy.add(String.join(",", cells));
        }
        return copy;
    }

    private byte[] flip(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(10) && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private byte[] insert(byte[] bytes, byte[] inserted) {
        int at = random.nextInt(bytes.length + 1);
        byte[] head = concat(Arrays.copyOf(bytes, at), inserted);
        return concat(head, Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] lines(byte[] bytes, UnaryOperator<List<String>> edit) {
        return text(
                bytes, s -> String.join("\n", edit.apply(new ArrayList<>(List.of(s.split("\n"))))));
    }

    private static byte[] text(byte[] bytes, UnaryOperator<String> edit) {
        return edit.apply(new String(bytes, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
