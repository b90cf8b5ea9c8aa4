package coop.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.dataset.DatasetService;
import coop.maillage.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The network read for the analyses is kept between requests, but never past a write. */
class StoreNetworkReaderIT extends DatabaseIT {

    @Autowired StoreNetworkReader reader;
    @Autowired DatasetService datasets;

    private static final String ACTOR =
            """
            {"id": "a1", "name": "%s", "kind": "COMPANY", "sector": "ENTREPRISE",
             "person": false, "territory": "t1", "provenance": "illustrative"%s}
            """;

    @BeforeEach
    void territory() {
        api.post(
                "/api/territories",
                "{\"id\": \"t1\", \"name\": \"T\", \"provenance\": \"illustrative\"}");
    }

    @Test
    void shouldSeeEveryWriteInTheNextRead() {
        assertThat(reader.read("t1").nodes()).noneMatch(n -> n.mode() == NodeMode.ACTOR);
        api.post("/api/actors", ACTOR.formatted("Scierie", ""));
        assertThat(reader.read("t1").nodes())
                .filteredOn(n -> n.mode() == NodeMode.ACTOR)
                .extracting(n -> n.attribute("name"))
                .containsExactly("Scierie");

        api.put("/api/actors/a1", ACTOR.formatted("Scierie du Suran", ", \"version\": 1"));
        assertThat(reader.read("t1").nodes())
                .filteredOn(n -> n.mode() == NodeMode.ACTOR)
                .extracting(n -> n.attribute("name"))
                .containsExactly("Scierie du Suran");

        api.delete("/api/actors/a1");
        assertThat(reader.read("t1").nodes()).noneMatch(n -> n.mode() == NodeMode.ACTOR);
    }

    @Test
    void shouldKeepTheNetworkWhileNothingIsWritten() {
        api.post("/api/actors", ACTOR.formatted("Scierie", ""));
        TemporalNetwork first = reader.read("t1");
        api.get("/api/actors/a1");
        assertThat(reader.read("t1")).isSameAs(first);
    }

    @Test
    void shouldSeeALoadedDataset() {
        assertThat(reader.read(null).nodes()).isEmpty();
        datasets.loadSeed();
        assertThat(reader.read(null).nodes())
                .filteredOn(n -> n.mode() == NodeMode.ACTOR)
                .hasSizeGreaterThan(100);
    }
}
