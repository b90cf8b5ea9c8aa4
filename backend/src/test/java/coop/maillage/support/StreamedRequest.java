package coop.maillage.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP/1.1 request over a plain socket whose body is generated while it is sent (a prefix, then
 * zeros), never held in memory, with its answer read at the same time: the sender stops as soon as
 * the server answers or closes the connection, and reports how many body bytes it got out. This
 * measures whether a server refuses a large upload early or reads it to the end first.
 */
public final class StreamedRequest {

    private static final int CHUNK = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] prefix = new byte[0];
    private long length;
    private boolean declareLength = true;

    public StreamedRequest(int port, String method, String path) {
        this.port = port;
        this.method = method;
        this.path = path;
    }

    /** What came back. */
    public record Result(int status, String head, String body, long bytesSent, Duration time) {}

    public StreamedRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A body of {@code length} bytes in all: {@code prefix}, then zeros. */
    public StreamedRequest body(byte[] prefix, long length) {
        this.prefix = prefix.clone();
        this.length = length;
        return this;
    }

    /** Sends the body chunked, without a {@code Content-Length}. */
    public StreamedRequest chunked() {
        this.declareLength = false;
        return this;
    }

    /** A multipart body of about {@code length} bytes: one {@code file} part of zeros. */
    public StreamedRequest multipartFile(long length) {
        String boundary = "streamed-test-boundary";
        header("Content-Type", "multipart/form-data; boundary=" + boundary);
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\""
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n";
        return body(head.getBytes(StandardCharsets.US_ASCII), length);
    }

    public Result send() throws IOException, InterruptedException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            AtomicBoolean answered = new AtomicBoolean();
            CompletableFuture<byte[]> answer =
                    CompletableFuture.supplyAsync(() -> readAll(socket, answered));
            long sent = 0;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(requestHead().getBytes(StandardCharsets.US_ASCII));
                sent = writeBody(out, answered);
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server closed the connection while the body was being sent: counted below.
            }
            byte[] raw;
            try {
                raw = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException
                    | java.util.concurrent.TimeoutException e) {
                throw new IOException("no answer from the server", e);
            }
            String text = new String(raw, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Result(
                    status, head, body, sent, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private String requestHead() {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        head.append("Connection: close\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (declareLength) {
            head.append("Content-Length: ").append(length).append("\r\n");
        } else {
            head.append("Transfer-Encoding: chunked\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** Writes the body until its end, or until the server has answered; returns the bytes sent. */
    private long writeBody(OutputStream out, AtomicBoolean answered) throws IOException {
        byte[] zeros = new byte[CHUNK];
        long sent = 0;
        while (sent < length && !answered.get()) {
            byte[] chunk = zeros;
            int n = (int) Math.min(CHUNK, length - sent);
            if (sent < prefix.length) {
                chunk = prefix;
                n = (int) Math.min(prefix.length, length);
            }
            if (declareLength) {
                out.write(chunk, 0, n);
            } else {
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            sent += n;
        }
        if (!declareLength && sent >= length) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
        return sent;
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int end = chunked.indexOf("\r\n", at);
            if (end < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, end).strip(), 16);
            if (size == 0) {
                break;
            }
            // Sizes count bytes; the answers read here are ASCII JSON.
            body.append(chunked, end + 2, Math.min(chunked.length(), end + 2 + size));
            at = end + 2 + size + 2;
        }
        return body.toString();
    }

    private static byte[] readAll(Socket socket, AtomicBoolean answered) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
                answered.set(true);
            }
        } catch (IOException e) {
            // A reset after the answer: what was read is the answer.
        }
        answered.set(true);
        return bytes.toByteArray();
    }
}
