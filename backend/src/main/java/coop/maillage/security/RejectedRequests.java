package coop.maillage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A URL the firewall refuses before any rule applies ({@code /api//actors}, an encoded slash, a
 * {@code ..} segment, a character not allowed in a header): a 400 problem that says what to change,
 * like every other answer of the API.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        SecurityProblems.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "rejected-url",
                "Request refused",
                "This request cannot be served: "
                        + e.getMessage()
                        + ". Write the path without empty segments (//), '..', ';' or encoded"
                        + " slashes, e.g. /api/actors");
    }
}
