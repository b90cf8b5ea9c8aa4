package coop.maillage.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.maillage.support.DatabaseIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

class MigrationsIT extends DatabaseIT {

    @Autowired Driver driver;

    @Test
    void shouldRecordEveryMigrationInOrder() {
        List<Long> versions =
                database.read(
                        tx ->
                                tx.run("MATCH (m:__Migration) RETURN m.version AS v ORDER BY v")
                                        .list(r -> r.get("v").asLong()));
        assertThat(versions).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void shouldApplyNothingTheSecondTime() {
        assertThat(new Migrations(driver, "neo4j").apply()).isZero();
    }

    @Test
    void shouldCreateAUniqueIdConstraintForEveryEntity() {
        List<String> constraints =
                database.read(
                        tx ->
                                tx.run("SHOW CONSTRAINTS YIELD name RETURN name")
                                        .list(r -> r.get("name").asString()));
        assertThat(constraints)
                .contains(
                        "actor_id",
                        "project_id",
                        "event_id",
                        "workshop_id",
                        "college_id",
                        "territory_id",
                        "member_of_id",
                        "takes_part_in_id",
                        "attended_id",
                        "collaborates_with_id",
                        "emerged_from_id",
                        "duplicated_in_id");
        database.write(tx -> tx.run("CREATE (:Actor {id: 'twin'})").consume());
        assertThatThrownBy(
                        () ->
                                database.write(
                                        tx -> tx.run("CREATE (:Actor {id: 'twin'})").consume()))
                .isInstanceOf(ClientException.class);
    }

    @Test
    void shouldRefuseToStartWhenAnAppliedMigrationChanged() {
        String original =
                database.write(
                        tx ->
                                tx.run(
                                                """
                                                MATCH (m:__Migration {version: 1})
                                                WITH m, m.checksum AS original
                                                SET m.checksum = 'edited'
                                                RETURN original
                                                """)
                                        .single()
                                        .get("original")
                                        .asString());
        try {
            assertThatThrownBy(() -> new Migrations(driver, "neo4j").apply())
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("V1 has changed");
        } finally {
            database.write(
                    tx ->
                            tx.run(
                                            "MATCH (m:__Migration {version: 1})"
                                                    + " SET m.checksum = $c",
                                            java.util.Map.of("c", original))
                                    .consume());
        }
    }

    @Test
    void shouldSplitScriptsIntoStatementsWithoutComments() {
        assertThat(Migrations.statements("// note\nCREATE INDEX a;\nCREATE\n INDEX b;\n"))
                .containsExactly("CREATE INDEX a", "CREATE\n INDEX b");
    }
}
