package coop.maillage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers of {@code POST /login} and {@code POST /logout}. The login page posts with {@code Accept:
 * application/json} and gets JSON (the user, or a problem saying why the login failed); a plain
 * form post is redirected, to {@code /} after a login and to {@code /login?error} after a failure.
 */
final class LoginResponses
        implements AuthenticationSuccessHandler,
                AuthenticationFailureHandler,
                LogoutSuccessHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (!wantsJson(request)) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", auth.getName());
        body.put("role", MeController.role(auth));
        body.put("redirect", "/");
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof TooManyLoginsException tooMany) {
            SecurityProblems.tooManyLogins(request, response, tooMany);
            return;
        }
        if (!wantsJson(request)) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        SecurityProblems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "login-failed",
                "Login failed",
                SecurityProblems.authenticationDetail(e));
    }

    @Override
    public void onLogoutSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (!wantsJson(request)) {
            response.sendRedirect(request.getContextPath() + "/login?logout");
            return;
        }
        response.setStatus(HttpStatus.NO_CONTENT.value());
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
    }
}
