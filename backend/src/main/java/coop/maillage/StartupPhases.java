package coop.maillage;

import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The lifecycle phases of the work a start does before the application serves anything. Spring
 * starts lifecycle beans by ascending phase, and the web server accepts its first connection in
 * {@link WebServerApplicationContext#START_STOP_LIFECYCLE_PHASE}: a bean of a lower phase finishes
 * before any request is answered, so no one sees an empty database or fails to sign in as the first
 * admin while the first start is still preparing them.
 */
public final class StartupPhases {

    /** Creates the first admin when there is no user. */
    public static final int FIRST_ADMIN =
            WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 2;

    /** Loads the demonstration dataset into an empty database. */
    public static final int SEED = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;

    private StartupPhases() {}
}
