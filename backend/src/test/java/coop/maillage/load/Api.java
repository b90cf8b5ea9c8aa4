package coop.maillage.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.IntStream;

/**
 * Requests to the application on 127.0.0.1 (and nowhere else), each timed and recorded. A request
 * whose status is not among those expected, or that gets no answer, is an error.
 */
final class Api {

    /** A request that takes longer than this is abandoned and counted as an error. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final String JSON = "application/json";

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Recorder recorder;

    private Api(HttpClient http, String base, String authorization, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
        this.recorder = recorder;
    }

    /**
     * The answer to a request: its status (0 when none came), body, and whether it was expected.
     */
    record Answer(int status, String body, boolean ok) {}

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static Api basic(HttpClient http, int port, String user, String password, Recorder recorder) {
        String pair = user + ":" + password;
        return new Api(
                http,
                base(port),
                "Basic "
                        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                recorder);
    }

    static Api bearer(HttpClient http, int port, String token, Recorder recorder) {
        return new Api(http, base(port), "Bearer " + token, recorder);
    }

    Answer get(String kind, String path, int... expected) {
        return send(kind, "GET", path, null, expected);
    }

    Answer post(String kind, String path, String json, int... expected) {
        return send(kind, "POST", path, json, expected);
    }

    Answer put(String kind, String path, String json, int... expected) {
        return send(kind, "PUT", path, json, expected);
    }

    Answer delete(String kind, String path, int... expected) {
        return send(kind, "DELETE", path, null, expected);
    }

    /** Records a failed check on an answer that came with an expected status. */
    void fail(String kind, String why) {
        recorder.add(new Sample(kind, System.nanoTime(), 0, 0, why));
    }

    private Answer send(String kind, String method, String path, String json, int... expected) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Authorization", authorization)
                        .header("Accept", JSON);
        if (json != null) {
            request.header("Content-Type", JSON)
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        int status = 0;
        String body = "";
        String error;
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
            error = expected(status, expected) ? null : "status " + status + ": " + brief(body);
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        recorder.add(new Sample(kind, start, System.nanoTime() - start, status, error));
        return new Answer(status, body, error == null);
    }

    private static boolean expected(int status, int... expected) {
        if (expected.length == 0) {
            return status / 100 == 2;
        }
        return IntStream.of(expected).anyMatch(s -> s == status);
    }

    private static String brief(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }
}
