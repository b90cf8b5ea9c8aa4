package coop.maillage.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Group labels as small integers: {@code label[v]} indexes {@link #names} (sorted), −1 for a node
 * without a label. Labels of ids absent from the graph are ignored.
 */
record GroupLabels(List<String> names, int[] label, int[] labelledNodes) {

    static GroupLabels of(IndexedGraph g, Map<String, String> groups) {
        TreeSet<String> distinct = new TreeSet<>();
        for (String id : g.ids) {
            String group = groups.get(id);
            if (group != null) {
                distinct.add(group);
            }
        }
        List<String> names = new ArrayList<>(distinct);
        int[] label = new int[g.size()];
        List<Integer> labelled = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            String group = groups.get(g.ids[v]);
            label[v] = group == null ? -1 : java.util.Collections.binarySearch(names, group);
            if (group != null) {
                labelled.add(v);
            }
        }
        return new GroupLabels(
                List.copyOf(names), label, labelled.stream().mapToInt(Integer::intValue).toArray());
    }

    int groupCount() {
        return names.size();
    }
}
