package coop.maillage.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The servlet container's own error answers, for requests refused before they reach the application
 * (a request line or headers over {@code server.max-http-request-header-size}, a malformed request
 * target), as a minimal RFC 9457 problem instead of Tomcat's HTML page. It replaces Tomcat's error
 * report valve on the host.
 */
final class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail =
                status == 400
                        ? "The server could not read this request: a request line or headers"
                                + " longer than the limit (shorten the URL's query), or"
                                + " characters not allowed in a URL (encode them)"
                        : "The server refused this request (" + title + ")";
        String json =
                "{\"type\":\"https://maillage.coop/problems/http-"
                        + status
                        + "\",\"title\":\""
                        + title
                        + "\",\"status\":"
                        + status
                        + ",\"detail\":\""
                        + detail
                        + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more to say.
        }
    }

    /** Puts the valve in place of Tomcat's, after Spring Boot has added its own. */
    @Component
    static final class Installer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(
                    context -> {
                        if (context.getParent() instanceof StandardHost host) {
                            for (Valve valve : host.getPipeline().getValves()) {
                                if (valve instanceof ErrorReportValve) {
                                    host.getPipeline().removeValve(valve);
                                }
                            }
                            host.setErrorReportValveClass(ProblemErrorValve.class.getName());
                            host.getPipeline().addValve(new ProblemErrorValve());
                        }
                    });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
