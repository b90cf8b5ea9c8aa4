package coop.maillage.export;

import coop.maillage.security.Role;
import coop.maillage.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Downloads of the export endpoints in tests, as the test user of a role, kept as bytes. */
final class Downloads {

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    Downloads(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A download: status, content type, file name offered, bytes. */
    record Download(int status, String contentType, String disposition, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body saved as {@code file}. */
        Path saveAs(Path file) {
            try {
                return Files.write(file, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The entries of a zip body, by name, as UTF-8 text, in the zip's order. */
        Map<String, String> entries() {
            Map<String, String> entries = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    entries.put(
                            e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entries;
        }
    }

    Download get(Role role, String path) {
        try {
            HttpResponse<byte[]> response =
                    client.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .header("Authorization", "Bearer " + TestUsers.token(role))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
