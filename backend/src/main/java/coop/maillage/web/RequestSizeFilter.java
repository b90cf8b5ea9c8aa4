package coop.maillage.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over a limit with 413 and a problem body naming the limit and the setting
 * that raises it: {@value #BACKUP_SETTING} (default {@value #DEFAULT_BACKUP}) for a backup sent to
 * {@code /api/admin/restore}, {@value #UPLOAD_SETTING} (default {@value #DEFAULT_UPLOAD}) for the
 * file uploads under {@code /api/import/}, {@value #BODY_SETTING} (default {@value #DEFAULT_BODY})
 * for any other body. A declared {@code Content-Length} over the limit is refused before anything
 * is read; a body without one (chunked) is counted while it is read, and refused as soon as it
 * passes the limit, so a sender cannot exhaust memory by not declaring it. A request without
 * credentials is passed on unread: every API path needs authentication, which refuses it before its
 * body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter extends OncePerRequestFilter {

    static final String BODY_SETTING = "maillage.web.max-body-size";
    static final String UPLOAD_SETTING = "maillage.web.max-upload-size";
    static final String DEFAULT_BODY = "1MB";
    static final String DEFAULT_UPLOAD = "200MB";
    static final String BACKUP_SETTING = "maillage.backup.max-upload-size";
    static final String DEFAULT_BACKUP = "1GB";

    private final DataSize maxBody;
    private final DataSize maxUpload;
    private final DataSize maxBackup;
    private final JsonMapper json = JsonMapper.builder().build();

    RequestSizeFilter(
            @Value("${" + BODY_SETTING + ":" + DEFAULT_BODY + "}") DataSize maxBody,
            @Value("${" + UPLOAD_SETTING + ":" + DEFAULT_UPLOAD + "}") DataSize maxUpload,
            @Value("${" + BACKUP_SETTING + ":" + DEFAULT_BACKUP + "}") DataSize maxBackup) {
        this.maxBody = maxBody;
        this.maxUpload = maxUpload;
        this.maxBackup = maxBackup;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean upload = isUpload(path);
        Limit limit;
        if (isRestore(path)) {
            limit = new Limit(maxBackup.toBytes(), BACKUP_SETTING);
        } else if (upload) {
            limit = new Limit(maxUpload.toBytes(), UPLOAD_SETTING);
        } else {
            limit = new Limit(maxBody.toBytes(), BODY_SETTING);
        }
        if (request.getContentLengthLong() > limit.bytes()) {
            refuse(response, limit);
            return;
        }
        SizeLimitedRequest limited = new SizeLimitedRequest(request, limit.bytes());
        if (!upload && isChunked(request) && hasCredentials(request)) {
            readAhead(limited, response, chain, limit);
            return;
        }
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded()) {
                throw e;
            }
        }
        if (limited.exceeded() && !response.isCommitted()) {
            response.reset();
            refuse(response, limit);
        }
    }

    /**
     * Reads a chunked JSON body whole (it is small) before passing the request on, so that it is
     * measured before anything else, authentication included, runs.
     */
    private void readAhead(
            SizeLimitedRequest limited,
            HttpServletResponse response,
            FilterChain chain,
            Limit limit)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = limited.getInputStream().readAllBytes();
        } catch (IOException e) {
            if (limited.exceeded()) {
                refuse(response, limit);
                return;
            }
            throw e;
        }
        chain.doFilter(new BufferedBodyRequest(limited, body), response);
    }

    private static boolean isChunked(HttpServletRequest request) {
        return request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
    }

    /** The paths that take file uploads, which get a larger limit. */
    static boolean isUpload(String path) {
        return path.startsWith("/api/import/") || isRestore(path);
    }

    /** The restore of a backup, which gets the backup's limit. */
    static boolean isRestore(String path) {
        return path.equals("/api/admin/restore");
    }

    /**
     * Whether the request may be authenticated: an {@code Authorization} header or a session. One
     * without either is refused by the security filters, which read no body.
     */
    private static boolean hasCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getRequestedSessionId() != null;
    }

    private void refuse(HttpServletResponse response, Limit limit) throws IOException {
        String size = DataSize.ofBytes(limit.bytes()).toMegabytes() + " MB";
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://maillage.coop/problems/payload-too-large");
        problem.put("title", "Request body too large");
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put(
                "detail",
                "The request body is larger than the limit of "
                        + (limit.bytes() >= 1024 * 1024 ? size : limit.bytes() + " bytes")
                        + "; send less (split an import), or raise the setting "
                        + limit.setting());
        problem.put("limit", limit.bytes());
        problem.put("setting", limit.setting());
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }

    private record Limit(long bytes, String setting) {}
}
