package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.maillage.support.DatabaseIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint that takes a file upload answers a request that is not one (JSON, plain text, no
 * body, a broken multipart body) with a 4xx problem that says to send multipart/form-data with a
 * {@code file} part, never a 500.
 */
class NotMultipartIT extends DatabaseIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort int port;

    private final HttpClient client = HttpClient.newHttpClient();

    /** The paths of the handler methods that take a {@link MultipartFile}. */
    private List<String> uploadPaths() {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            boolean upload =
                    java.util.Arrays.stream(entry.getValue().getMethodParameters())
                            .anyMatch(
                                    p ->
                                            p.getParameterType() == MultipartFile.class
                                                    || p.hasParameterAnnotation(RequestPart.class));
            if (upload) {
                paths.addAll(entry.getKey().getPatternValues());
            }
        }
        return paths;
    }

    @Test
    void shouldAnswerEveryUploadThatIsNotMultipartWithAProblemNamingTheFix() throws Exception {
        List<String> paths = uploadPaths();
        assertThat(paths).contains("/api/import/dataset", "/api/admin/restore");
        SoftAssertions softly = new SoftAssertions();
        for (String path : paths) {
            for (String type : new String[] {"application/json", "text/plain"}) {
                HttpResponse<String> answer = post(path, type, "{}");
                softly.assertThat(answer.statusCode()).as("%s %s", path, type).isEqualTo(415);
                softly.assertThat(answer.headers().firstValue("Content-Type"))
                        .as("%s %s", path, type)
                        .hasValueSatisfying(
                                v -> assertThat(v).startsWith("application/problem+json"));
                softly.assertThat(answer.body())
                        .as("%s %s", path, type)
                        .contains("multipart/form-data", "'file'");
            }
            HttpResponse<String> empty = post(path, null, null);
            softly.assertThat(empty.statusCode()).as("%s without a body", path).isIn(400, 415, 422);
            softly.assertThat(empty.body()).as("%s without a body", path).contains("\"detail\"");
            HttpResponse<String> broken =
                    post(path, "multipart/form-data; boundary=x", "--x\r\nnot a part");
            softly.assertThat(broken.statusCode()).as("%s broken multipart", path).isEqualTo(400);
            softly.assertThat(broken.body()).as("%s broken multipart", path).contains("'file'");
        }
        softly.assertAll();
    }

    @Test
    void shouldNameTheFixForAnImportSentAsJson() throws Exception {
        HttpResponse<String> answer = post("/api/import/dataset", "application/json", "{}");

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Accept")).hasValue("multipart/form-data");
        assertThat(answer.body())
                .contains("POST /api/import/dataset takes a file upload")
                .contains("curl -F file=@FILE")
                .contains("'application/json'");
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header(
                                "Authorization",
                                "Bearer "
                                        + coop.maillage.support.TestUsers.token(
                                                coop.maillage.security.Role.ADMIN));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.POST(
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
