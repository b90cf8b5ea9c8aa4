package coop.maillage;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.seed.ClusterJuraSeed;
import coop.maillage.seed.CsvFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a first start (a fresh data directory), the web server answers nothing before the first admin
 * exists and the demonstration dataset is loaded: a client polling from the moment the start begins
 * never sees an empty database nor has its admin login refused.
 */
class FirstStartReadinessIT {

    private static final String PASSWORD = "first start readiness password";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    @TempDir Path dataDir;

    @Test
    void shouldAnswerNoRequestBeforeTheSeedAndTheFirstAdminAreReady() throws Exception {
        int port = freePort();
        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean started = new AtomicBoolean();
        Thread poller = new Thread(() -> poll(port, answers, started), "readiness-poller");
        poller.start();
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(MaillageApplication.class)
                        .run(
                                "--server.port=" + port,
                                "--maillage.neo4j.uri=",
                                "--maillage.neo4j.data-dir=" + dataDir,
                                "--maillage.neo4j.bolt-port=0",
                                "--maillage.neo4j.page-cache=32m",
                                "--maillage.seed.load-on-empty=true",
                                "--maillage.security.admin-password=" + PASSWORD)) {
            started.set(true);
            poller.join(Duration.ofSeconds(60).toMillis());
        } finally {
            started.set(true);
            poller.interrupt();
        }

        assertThat(answers).as("answers received while starting and just after").isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (Answer answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode status = json.readTree(answer.body());
            assertThat(status.get("demonstration").asBoolean()).as(answer.body()).isTrue();
            assertThat(status.get("counts").get("actors").asLong()).isEqualTo(seedActors());
        }
    }

    private record Answer(int status, String body) {}

    /** The number of actors in the demonstration dataset's files. */
    private static long seedActors() {
        return ClusterJuraSeed.read().rows(CsvFile.ACTORS).size();
    }

    /**
     * Asks for the dataset as the first admin until the application has started, then once more; a
     * refused connection (the server not listening yet) is no answer.
     */
    private static void poll(int port, List<Answer> answers, AtomicBoolean started) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String credentials =
                Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dataset"))
                        .header("Authorization", "Basic " + credentials)
                        .timeout(Duration.ofSeconds(60))
                        .build();
        boolean last = false;
        while (!last) {
            last = started.get();
            try {
                HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                answers.add(new Answer(response.statusCode(), response.body()));
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
