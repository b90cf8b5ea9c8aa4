package coop.maillage.importing;

import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The rows of one entity of a graph file ({@link GraphTables}): reading them reads the file again
 * and keeps the nodes or edges of that entity.
 */
record GraphTable(
        Path path,
        Place place,
        CsvFile entity,
        boolean gexf,
        GraphTables.Scan scan,
        List<String> header)
        implements Table {

    @Override
    public Rows open() throws IOException {
        GraphElements elements = new GraphElements(path, gexf);
        Deque<SourceRow> queued = new ArrayDeque<>();
        return new Rows() {
            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public SourceRow next() {
                while (queued.isEmpty()) {
                    GraphElements.Element element = elements.next();
                    if (element == null) {
                        return null;
                    }
                    rows(element, queued);
                }
                return queued.poll();
            }

            @Override
            public void close() throws IOException {
                elements.close();
            }
        };
    }

    private void rows(GraphElements.Element element, Deque<SourceRow> out) {
        if (element.node()) {
            if (GraphTables.nodeEntity(element) == entity) {
                Map<String, String> values = new java.util.HashMap<>(element.attributes());
                values.put("id", element.id());
                if (!element.spells().isEmpty()) {
                    values.put("start", hull(element.spells(), 0));
                    values.put("end", hull(element.spells(), 1));
                }
                out.add(row(element.line(), values));
            }
            return;
        }
        if (GraphTables.edgeEntity(scan, element) != entity) {
            return;
        }
        Map<String, String> values = new java.util.HashMap<>(element.attributes());
        ends(element, values);
        String id =
                element.id() != null ? element.id() : element.source() + "--" + element.target();
        if (element.spells().size() <= 1) {
            values.put("id", id);
            spell(element.spells().isEmpty() ? null : element.spells().get(0), values);
            out.add(row(element.line(), values));
            return;
        }
        for (int i = 0; i < element.spells().size(); i++) {
            Map<String, String> one = new java.util.HashMap<>(values);
            one.put("id", id + ":" + (i + 1));
            spell(element.spells().get(i), one);
            out.add(row(element.line(), one));
        }
    }

    /** Puts the edge's ends under the entity's reference columns, the actor first. */
    private void ends(GraphElements.Element edge, Map<String, String> values) {
        String source = edge.source();
        String target = edge.target();
        switch (entity) {
            case PARTICIPATIONS -> {
                boolean projectFirst = GraphTables.type(scan, source) == 'P';
                values.put("actor", projectFirst ? target : source);
                values.put("project", projectFirst ? source : target);
                values.putIfAbsent("role", "PARTNER");
            }
            case ATTENDANCES -> {
                boolean eventFirst = GraphTables.type(scan, source) == 'E';
                values.put("actor", eventFirst ? target : source);
                values.put("target", eventFirst ? source : target);
            }
            case EMERGENCES -> {
                boolean eventFirst = GraphTables.type(scan, source) == 'E';
                values.put("project", eventFirst ? target : source);
                values.put("origin", eventFirst ? source : target);
            }
            default -> {
                values.put("source", source);
                values.put("target", target);
                values.putIfAbsent("kind", "PARTNERSHIP");
            }
        }
    }

    private static void spell(String[] spell, Map<String, String> values) {
        if (spell != null) {
            values.put("start", spell[0] == null ? "" : spell[0]);
            values.put("end", spell[1] == null ? "" : spell[1]);
        }
    }

    private SourceRow row(long line, Map<String, String> values) {
        List<String> cells = new ArrayList<>(header.size());
        for (String name : header) {
            String value = GraphTables.time(name, values.get(name));
            cells.add(value == null ? "" : value);
        }
        return new SourceRow(line, cells);
    }

    /**
     * The first start ({@code bound} 0) or the last end (1) of the spells; open when one spell is
     * open there; as written when one cannot be read (the check then says why).
     */
    private static String hull(List<String[]> spells, int bound) {
        String best = null;
        LocalDate bestDate = null;
        for (String[] spell : spells) {
            String value = GraphTables.time("start", spell[bound]);
            if (value == null || value.isEmpty()) {
                return "";
            }
            LocalDate date;
            try {
                date = Cells.date(value, bound == 0);
            } catch (IllegalArgumentException e) {
                return value;
            }
            if (bestDate == null
                    || (bound == 0 ? date.isBefore(bestDate) : date.isAfter(bestDate))) {
                best = value;
                bestDate = date;
            }
        }
        return best;
    }
}
