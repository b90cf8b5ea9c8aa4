package coop.maillage.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that no user holds: unknown, revoked, or its owner is disabled. */
final class InvalidTokenException extends AuthenticationException {

    InvalidTokenException() {
        super("unknown or revoked API token");
    }
}
