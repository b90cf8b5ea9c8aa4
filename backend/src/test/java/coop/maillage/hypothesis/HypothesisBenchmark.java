package coop.maillage.hypothesis;

import coop.maillage.network.TemporalNetwork;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the full timeline 2010–2025 and every hypothesis with 1,000 permutations on the Clus'Ter
 * Jura seed, warm; prints the verdicts and the median of the timed runs. Target: under 1 s. Not a
 * test: timings depend on the machine. Run from the repository root with
 *
 * <pre>
 * ./mvnw -q -B -o -pl backend -am test-compile
 * java -cp "$(cat backend/target/test-classpath.txt):backend/target/classes:backend/target/test-classes" \
 *     coop.maillage.hypothesis.HypothesisBenchmark 5 20
 * </pre>
 *
 * where {@code test-classpath.txt} comes from {@code ./mvnw -q -B -o -pl backend
 * dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}; arguments: warm-up runs,
 * timed runs.
 */
public final class HypothesisBenchmark {

    private HypothesisBenchmark() {}

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        TemporalNetwork seed = SeedNetworks.clusterJura();
        HypothesisQuery query = HypothesisQuery.of(SeedHypothesesTest.SEED_YEARS);
        HypothesisReport report = null;
        for (int i = 0; i < warmUp; i++) {
            report = Hypotheses.answer(seed, query);
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            report = Hypotheses.answer(seed, query);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        for (HypothesisAnswer answer : report.answers()) {
            System.out.println(answer.id() + " " + answer.verdict() + ": " + answer.sentenceEn());
            System.out.println("   " + answer.sentenceFr());
        }
        System.out.printf(
                Locale.ROOT,
                "timeline %d-%d + all hypotheses, %d permutations: median %.3f s,"
                        + " min %.3f s, max %.3f s over %d runs (%d warm-up)%n",
                query.years().first(),
                query.years().last(),
                query.options().permutations(),
                seconds[runs / 2],
                seconds[0],
                seconds[runs - 1],
                runs,
                warmUp);
    }
}
