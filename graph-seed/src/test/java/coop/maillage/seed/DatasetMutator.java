package coop.maillage.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Seeded, reproducible damage to the files of a dataset, for fuzzing its reader: the kinds of
 * damage a spreadsheet, a text editor, a truncated download or a hostile sender cause. Property
 * tests generate {@link Step}s, so that a failure shrinks to the fewest and simplest damage.
 */
final class DatasetMutator {

    /** One kind of damage. */
    enum Mutation {
        FLIP_BYTES,
        TRUNCATE,
        SWAP_HEADER_NAMES,
        DUPLICATE_COLUMN,
        DELETE_COLUMN,
        STRAY_QUOTE,
        HUGE_CELL,
        INVALID_UTF8,
        BYTE_ORDER_MARK,
        SEMICOLONS,
        EMPTY_FILE,
        DANGLING_REFERENCE,
        DUPLICATE_ROW,
        DELETE_ROW,
        RANDOM_BYTES,
        NO_HEADER,
        CARRIAGE_RETURNS,
        NUL_BYTES,
        DELETE_FILE,
        BAD_CELL
    }

    static final int MAX_STEPS = 3;
    private static final int HUGE_CELL_CHARS = 200_000;
    private static final String[] BAD_CELLS = {
        "2019-13-45",
        "-1",
        "1e400",
        "NaN",
        "maybe",
        "99999999999999999999",
        "\"",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\u202Eevil",
        "😀",
        "  ",
        "null",
        "0x1F"
    };

    private final Random random;

    DatasetMutator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * One mutation of one file, as a value that properties generate and shrink: the kind of damage,
     * the file, and the seed that places it (which byte, row or column).
     */
    record Step(Mutation mutation, CsvFile file, long seed) {}

    /** One to three steps, shrinking to fewer steps of earlier kinds on earlier files. */
    static Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.of(Mutation.class),
                        Arbitraries.of(CsvFile.class),
                        Arbitraries.longs())
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(MAX_STEPS);
    }

    /** Damaged copies of {@code files} (name to bytes); a step on a deleted file does nothing. */
    static Map<String, byte[]> apply(List<Step> steps, Map<String, byte[]> files) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        for (Step step : steps) {
            String name = step.file().fileName();
            if (!copy.containsKey(name)) {
                continue;
            }
            if (step.mutation() == Mutation.DELETE_FILE) {
                copy.remove(name);
            } else {
                copy.put(
                        name,
                        new DatasetMutator(step.seed()).apply(step.mutation(), copy.get(name)));
            }
        }
        return copy;
    }

    /** {@code bytes} damaged by {@code mutation}. */
    byte[] apply(Mutation mutation, byte[] bytes) {
        return switch (mutation) {
            case FLIP_BYTES -> flipBytes(bytes);
            case TRUNCATE ->
                    Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
            case SWAP_HEADER_NAMES -> lines(bytes, this::swapHeaderNames);
            case DUPLICATE_COLUMN -> lines(bytes, lines -> column(lines, true));
            case DELETE_COLUMN -> lines(bytes, lines -> column(lines, false));
            case STRAY_QUOTE -> insert(bytes, "\"".getBytes(StandardCharsets.UTF_8));
            case HUGE_CELL -> lines(bytes, lines -> setCell(lines, "x".repeat(HUGE_CELL_CHARS)));
            case INVALID_UTF8 -> insert(bytes, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
            case BYTE_ORDER_MARK ->
                    concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            case SEMICOLONS -> text(bytes).replace(',', ';').getBytes(StandardCharsets.UTF_8);
            case EMPTY_FILE -> new byte[0];
            case DANGLING_REFERENCE -> lines(bytes, lines -> setCell(lines, "fz-ghost"));
            case DUPLICATE_ROW -> lines(bytes, lines -> copyRow(lines, true));
            case DELETE_ROW -> lines(bytes, lines -> copyRow(lines, false));
            case RANDOM_BYTES -> randomBytes();
            case NO_HEADER -> lines(bytes, lines -> lines.isEmpty() ? lines : drop(lines, 0));
            case CARRIAGE_RETURNS ->
                    text(bytes).replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
            case NUL_BYTES -> insert(bytes, new byte[] {0, 0});
            case BAD_CELL -> lines(bytes, lines -> setCell(lines, pick(BAD_CELLS)));
            case DELETE_FILE -> bytes;
        };
    }

    private byte[] flipBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(10) && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private byte[] insert(byte[] bytes, byte[] inserted) {
        int at = random.nextInt(bytes.length + 1);
        byte[] head = Arrays.copyOf(bytes, at);
        return concat(concat(head, inserted), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        return bytes;
    }

    private List<String> swapHeaderNames(List<String> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(0).split(",", -1)));
        int a = random.nextInt(cells.size());
        int b = random.nextInt(cells.size());
        String first = cells.get(a);
        cells.set(a, cells.get(b));
        cells.set(b, first);
        List<String> copy = new ArrayList<>(lines);
        copy.set(0, String.join(",", cells));
        return copy;
    }

    /** Duplicates or deletes one column in every line (cells split naively on commas). */
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

    /** Replaces one cell of a data line (or of the header when there is no data line). */
    private List<String> setCell(List<String> lines, String value) {
        if (lines.isEmpty()) {
            return List.of(value);
        }
        int row = lines.size() == 1 ? 0 : 1 + random.nextInt(lines.size() - 1);
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(row).split(",", -1)));
        cells.set(random.nextInt(cells.size()), value);
        List<String> copy = new ArrayList<>(lines);
        copy.set(row, String.join(",", cells));
        return copy;
    }

    private List<String> copyRow(List<String> lines, boolean duplicate) {
        if (lines.size() < 2) {
            return lines;
        }
        int row = 1 + random.nextInt(lines.size() - 1);
        if (!duplicate) {
            return drop(lines, row);
        }
        List<String> copy = new ArrayList<>(lines);
        copy.add(row, lines.get(row));
        return copy;
    }

    private static List<String> drop(List<String> lines, int index) {
        List<String> copy = new ArrayList<>(lines);
        copy.remove(index);
        return copy;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] lines(byte[] bytes, java.util.function.UnaryOperator<List<String>> edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(text(bytes).split("\n")));
        lines.removeIf(String::isEmpty);
        return (String.join("\n", edit.apply(lines)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
