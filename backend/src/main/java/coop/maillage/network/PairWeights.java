package coop.maillage.network;

import java.util.Arrays;

/**
 * Summed weights of unordered pairs of vertex indices, for building a simple graph out of repeated
 * ties. A pair {@code i < j} of {@code n} indices is keyed {@code i * n + j}, so keys in increasing
 * order list pairs in lexicographic order. The keys live in an open-addressing table of primitives:
 * a projection adds hundreds of thousands of pairs, and boxing each one would cost more than the
 * projection itself.
 */
final class PairWeights {

    private static final long EMPTY = -1;
    private static final int INITIAL_CAPACITY = 1 << 10;

    private final long vertexCount;
    private long[] keys = emptyKeys(INITIAL_CAPACITY);
    private double[] values = new double[INITIAL_CAPACITY];
    private int size;

    PairWeights(int vertexCount) {
        this.vertexCount = vertexCount;
    }

    /** Adds {@code weight} to the pair {i, j}; a self-loop (i = j) is ignored. */
    void add(int i, int j, double weight) {
        if (i != j) {
            merge(i < j ? i * vertexCount + j : j * vertexCount + i, weight);
        }
    }

    /** Adds 1 to every pair of the first {@code size} indices, distinct and in increasing order. */
    void addClique(int[] sortedDistinct, int size) {
        for (int a = 0; a < size; a++) {
            long row = sortedDistinct[a] * vertexCount;
            for (int b = a + 1; b < size; b++) {
                merge(row + sortedDistinct[b], 1.0);
            }
        }
    }

    /** Calls {@code sink} for each pair in lexicographic order of (i, j). */
    void forEach(PairSink sink) {
        long[] sorted = Arrays.stream(keys).filter(key -> key != EMPTY).sorted().toArray();
        for (long key : sorted) {
            sink.accept((int) (key / vertexCount), (int) (key % vertexCount), values[slot(key)]);
        }
    }

    private void merge(long key, double weight) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            values[slot] = weight;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            values[slot] += weight;
        }
    }

    /** The slot holding {@code key}, or the empty slot where it belongs (linear probing). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = emptyKeys(oldKeys.length * 2);
        values = new double[oldKeys.length * 2];
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != EMPTY) {
                int slot = slot(oldKeys[old]);
                keys[slot] = oldKeys[old];
                values[slot] = oldValues[old];
            }
        }
    }

    private static long[] emptyKeys(int capacity) {
        long[] empty = new long[capacity];
        Arrays.fill(empty, EMPTY);
        return empty;
    }

    /** Spreads consecutive keys over the table (the finaliser of MurmurHash3's 64-bit hash). */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Receives one weighted pair {@code i < j}. */
    @FunctionalInterface
    interface PairSink {
        void accept(int i, int j, double weight);
    }
}
