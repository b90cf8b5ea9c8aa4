package coop.maillage.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One mutation of a {@link FileMutator}, as a value that property tests generate and shrink: its
 * kind, and the seed that places it (which byte, which line, which value). A failing property
 * shrinks to fewer mutations of lower kinds, and the sample it prints replays exactly.
 *
 * @param kind the mutation, see {@link FileMutator#apply}
 * @param seed where and with what it damages the file
 * @param xml whether the XML kinds apply (GraphML, GEXF) or only the byte, line and CSV ones
 */
public record Damage(int kind, long seed, boolean xml) {

    static final int MAX_MUTATIONS = 3;
    static final int MAX_RANDOM_BYTES = 8192;

    /** One to three mutations of an XML file. */
    public static Arbitrary<List<Damage>> toXml() {
        return list(true);
    }

    /** One to three mutations of a CSV file. */
    public static Arbitrary<List<Damage>> toCsv() {
        return list(false);
    }

    /** Random bytes, sometimes behind a plausible start so that parsing gets further. */
    public static Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> bytes =
                Arbitraries.bytes().array(byte[].class).ofMaxSize(MAX_RANDOM_BYTES);
        return Combinators.combine(Arbitraries.of(FileMutator.STARTS), bytes)
                .as(
                        (start, tail) ->
                                FileMutator.concat(start.getBytes(StandardCharsets.UTF_8), tail));
    }

    /** {@code bytes} with every mutation applied in turn. */
    public static byte[] applyAll(List<Damage> damages, byte[] bytes) {
        byte[] result = bytes;
        for (Damage damage : damages) {
            result = new FileMutator(damage.seed()).apply(damage.kind(), result, damage.xml());
        }
        return result;
    }

    private static Arbitrary<List<Damage>> list(boolean xml) {
        Arbitrary<Integer> kinds =
                Arbitraries.integers()
                        .between(0, (xml ? FileMutator.XML_KINDS : FileMutator.CSV_KINDS) - 1);
        return Combinators.combine(kinds, Arbitraries.longs())
                .as((kind, seed) -> new Damage(kind, seed, xml))
                .list()
                .ofMinSize(1)
                .ofMaxSize(MAX_MUTATIONS);
    }
}
