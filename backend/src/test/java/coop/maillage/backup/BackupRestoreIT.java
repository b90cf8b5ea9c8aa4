package coop.maillage.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.dataset.DatasetService;
import coop.maillage.support.DatabaseIT;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BackupRestoreIT extends DatabaseIT {

    /** One node of every property type a backup keeps, and ties without ids. */
    private static final String EVERY_TYPE =
            """
            CREATE (a:Actor {id: 'typed', name: 'Fromagerie d’Arbois — 100 % bio',
                    jobs: 12, big: 9007199254740993, score: 26.5, tiny: 1.0E-300,
                    negativeZero: -0.0, nan: 0.0 / 0.0, infinite: 1.0 / 0.0,
                    person: false, from: date('2018-06-01'),
                    seen: datetime('2021-03-28T02:30:00.123456789[Europe/Paris]'),
                    stamped: datetime('2021-03-28T02:30:00+05:45'),
                    local: localdatetime('2020-01-01T00:00:00.5'),
                    opens: time('09:15:00+01:00'), closes: localtime('18:00'),
                    lasted: duration('P1Y2M3DT4H5M6.000000007S'),
                    place: point({longitude: 5.55, latitude: 46.67}),
                    room: point({x: 1.0, y: 2.0, z: 3.0}),
                    years: [2018, 2019], names: ['a', 'b'], weights: [0.5, 1.5],
                    flags: [true, false], dates: [date('2019-01-01'), date('2020-12-31')],
                    nothing: []})
            CREATE (n:Note {text: 'a node without an id'})
            CREATE (m:Note:Pinned {text: 'another one'})
            CREATE (a)-[:WROTE {at: date('2020-02-02')}]->(n)
            CREATE (a)-[:WROTE]->(m)
            CREATE (n)-[:SEE_ALSO {weight: 2}]->(m)
            SET a.bytes = $bytes
            """;

    @Autowired private BackupService backups;
    @Autowired private RestoreService restores;
    @Autowired private DatasetService datasets;

    @Test
    void shouldRestoreTheSeedExactlyAndBackItUpToTheSameBytes() {
        datasets.loadSeed();
        GraphFingerprint before = fingerprint();
        byte[] first = backup();

        emptyDatabase();
        RestoreService.Summary summary = restores.restore(new ByteArrayInputStream(first));
        removeTheRestoreEvent();

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(summary.nodes()).isEqualTo(before.nodes().size());
        assertThat(summary.relationships()).isEqualTo(before.relationships().size());
        assertThat(before.nodes()).hasSizeGreaterThan(400);
        assertThat(backup()).isEqualTo(first);
    }

    /**
     * Removes the audit event of the restore, the one node a restore adds to those of the backup,
     * after checking it is there.
     */
    private void removeTheRestoreEvent() {
        long removed =
                database.write(
                        tx ->
                                tx.run(
                                                "MATCH (e:AuditEvent {action: 'restore'})"
                                                        + " DETACH DELETE e RETURN count(*) AS n")
                                        .single()
                                        .get("n")
                                        .asLong());
        assertThat(removed).isEqualTo(1);
    }

    @Test
    void shouldKeepEveryPropertyTypeAndNodesWithoutIds() {
        database.write(
                tx ->
                        tx.run(EVERY_TYPE, java.util.Map.of("bytes", new byte[] {0, -1, 42}))
                                .consume());
        GraphFingerprint before = fingerprint();
        byte[] file = backup();

        emptyDatabase();
        restores.restore(new ByteArrayInputStream(file));
        removeTheRestoreEvent();

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(before.nodes().get(0))
                .contains("big=INTEGER 9007199254740993")
                .contains("negativeZero=FLOAT -0.0")
                .contains("nan=FLOAT NaN")
                .contains("seen=DATE_TIME 2021-03-28T03:30:00.123456789+02:00[Europe/Paris]")
                .contains("stamped=DATE_TIME 2021-03-28T02:30+05:45")
                .contains("years=LIST[INTEGER 2018, INTEGER 2019]")
                .contains("nothing=LIST[]");
    }

    @Test
    void shouldWriteTheHeaderFirstAndNoTimestamp() {
        datasets.loadSeed();
        List<String> lines = lines(backup());

        assertThat(lines.get(0))
                .startsWith("{\"format\":\"maillage-backup\",\"version\":1,\"maillage\":")
                .contains("\"labels\":{\"Actor\":");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"complete\":true,\"nodes\":");
        assertThat(lines.get(1)).startsWith("{\"node\":\"Actor/");
        assertThat(String.join("\n", lines)).doesNotContain("__Migration");
    }

    @Test
    void shouldRefuseADatabaseThatHoldsData() {
        datasets.loadSeed();
        byte[] file = backup();
        GraphFingerprint before = fingerprint();

        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(file)))
                .isInstanceOf(DatabaseNotEmptyException.class)
                .hasMessageContaining("The database is not empty")
                .satisfies(
                        e ->
                                assertThat(((DatabaseNotEmptyException) e).fix())
                                        .contains("MAILLAGE_NEO4J_DATA_DIR"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATruncatedFileAndWriteNothing() {
        datasets.loadSeed();
        byte[] file = backup();
        emptyDatabase();

        byte[] half = Arrays.copyOf(file, file.length / 2);

        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(half)))
                .isInstanceOf(BackupFileException.class)
                .hasMessageContaining("The file is truncated after line")
                .hasMessageContaining("nothing was restored");
        assertThat(fingerprint().nodes()).isEmpty();
    }

    @Test
    void shouldRefuseAFileWithoutItsEndLine() {
        datasets.loadSeed();
        List<String> lines = lines(backup());
        emptyDatabase();

        byte[] cut = gzip(lines.subList(0, lines.size() - 1));

        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(cut)))
                .isInstanceOf(BackupFileException.class)
                .hasMessageContaining("line " + lines.size() + ": the file stops without its end");
        assertThat(fingerprint().nodes()).isEmpty();
    }

    @Test
    void shouldNameABadLineNearTheEndAndRollBackEverythingWrittenBefore() {
        datasets.loadSeed();
        List<String> lines = new ArrayList<>(lines(backup()));
        emptyDatabase();
        int bad = lines.size() - 1;
        lines.set(bad - 1, lines.get(bad - 1).replace("{\"string\":", "{\"strnig\":"));

        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(gzip(lines))))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith("line " + bad + ": property '")
                .hasMessageContaining("unknown type 'strnig'");
        assertThat(fingerprint().nodes()).isEmpty();
    }

    @Test
    void shouldNameALineThatIsNotJson() {
        datasets.loadSeed();
        List<String> lines = new ArrayList<>(lines(backup()));
        emptyDatabase();
        lines.set(4, "{\"node\": \"Actor/x\", ");

        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(gzip(lines))))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith("line 5: not valid JSON");
        assertThat(fingerprint().nodes()).isEmpty();
    }

    @Test
    void shouldRefuseAFileThatIsNotABackup() {
        byte[] csv = "id;name\na;b\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(csv)))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith("The file is not gzip-compressed");
        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(gzip(List.of("{}")))))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith("line 1: this is not the header of a Maillage backup");
    }

    @Test
    void shouldRefuseALaterFormatVersion() {
        List<String> lines = List.of("{\"format\":\"maillage-backup\",\"version\":2,\"nodes\":0}");

        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(gzip(lines))))
                .isInstanceOf(BackupFileException.class)
                .hasMessageStartingWith("line 1: format version 2 is not the version");
    }

    private GraphFingerprint fingerprint() {
        return GraphFingerprint.of(
                database.driver(), database.sessionConfig().database().orElseThrow());
    }

    private byte[] backup() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.backup(out);
        return out.toByteArray();
    }

    private void emptyDatabase() {
        database.write(tx -> tx.run("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n").consume());
    }

    static List<String> lines(byte[] file) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
