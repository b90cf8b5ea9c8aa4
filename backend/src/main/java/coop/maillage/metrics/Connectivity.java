package coop.maillage.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components, bridges and articulation points of an {@link IndexedGraph} in one
 * depth-first search with low points (Hopcroft &amp; Tarjan 1973, "Efficient algorithms for graph
 * manipulation", Communications of the ACM 16(6):372–378). Iterative, so that a long path does not
 * overflow the call stack. Complexity O(n + m).
 *
 * @see Metric#COMPONENTS
 * @see Metric#LARGEST_COMPONENT_SHARE
 * @see Metric#BRIDGES
 * @see Metric#ARTICULATION_POINTS
 */
final class Connectivity {

    /** Edges are pairs of node indices, the smaller first, sorted; points are sorted indices. */
    record Structure(
            int components,
            int largestComponent,
            int[] component,
            List<int[]> bridges,
            int[] articulationPoints) {}

    private Connectivity() {}

    static Structure of(IndexedGraph g) {
        int n = g.size();
        int[] component = new int[n];
        int[] discovery = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] cursor = new int[n];
        int[] stack = new int[n];
        boolean[] cut = new boolean[n];
        List<int[]> bridges = new ArrayList<>();
        int time = 0;
        int components = 0;
        int largest = 0;
        java.util.Arrays.fill(discovery, -1);
        for (int root = 0; root < n; root++) {
            if (discovery[root] >= 0) {
                continue;
            }
            int size = 0;
            int rootChildren = 0;
            int top = 0;
            stack[0] = root;
            parent[root] = -1;
            discovery[root] = low[root] = time++;
            cursor[root] = g.offsets[root];
            component[root] = components;
            size++;
            while (top >= 0) {
                int v = stack[top];
                if (cursor[v] < g.offsets[v + 1]) {
                    int w = g.targets[cursor[v]++];
                    if (discovery[w] < 0) {
                        // 1. tree edge: descend
                        parent[w] = v;
                        discovery[w] = low[w] = time++;
                        cursor[w] = g.offsets[w];
                        component[w] = components;
                        size++;
                        stack[++top] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (w != parent[v]) {
                        // 2. back edge: a cycle through w
                        low[v] = Math.min(low[v], discovery[w]);
                    }
                    continue;
                }
                // 3. v is finished: pass its low point up and test the edge to its parent
                top--;
                int u = parent[v];
                if (u >= 0) {
                    low[u] = Math.min(low[u], low[v]);
                    if (low[v] > discovery[u]) {
                        bridges.add(new int[] {Math.min(u, v), Math.max(u, v)});
                    }
                    if (u != root && low[v] >= discovery[u]) {
                        cut[u] = true;
                    }
                }
            }
            cut[root] = rootChildren > 1;
            largest = Math.max(largest, size);
            components++;
        }
        bridges.sort(
                (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] points = java.util.stream.IntStream.range(0, n).filter(v -> cut[v]).toArray();
        return new Structure(components, largest, component, List.copyOf(bridges), points);
    }
}
