/**
 * Authentication, roles and web security: users and API tokens stored in Neo4j, the access rules of
 * every endpoint ({@link coop.maillage.security.SecurityConfiguration}), lock-out after failed
 * logins, CSRF protection of browser sessions and the security headers.
 */
package coop.maillage.security;
