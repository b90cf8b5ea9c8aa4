package coop.maillage.seed.generator;

import java.util.SplittableRandom;

/** Drawing without replacement from a pool of actor indices. */
final class Sampling {

    private Sampling() {}

    /**
     * {@code k} distinct elements of {@code pool} (all of them if the pool is smaller), in the
     * order drawn. Small samples from large pools, the usual case here, are drawn by rejection so
     * that the pool is never copied.
     */
    static int[] distinct(int[] pool, int k, SplittableRandom random) {
        int size = Math.min(k, pool.length);
        int[] sample = new int[size];
        if (2 * size <= pool.length) {
            int drawn = 0;
            while (drawn < size) {
                int candidate = pool[random.nextInt(pool.length)];
                if (!contains(sample, drawn, candidate)) {
                    sample[drawn++] = candidate;
                }
            }
            return sample;
        }
        int[] copy = pool.clone();
        for (int i = 0; i < size; i++) {
            int j = random.nextInt(i, copy.length);
            int swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
            sample[i] = copy[i];
        }
        return sample;
    }

    static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
