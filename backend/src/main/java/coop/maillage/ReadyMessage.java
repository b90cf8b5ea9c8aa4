package coop.maillage;

import coop.maillage.neo4j.DatabaseEndpoint;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the user, once everything is up, where the UI is and which database is in use. */
@Component
class ReadyMessage implements ApplicationListener<ApplicationReadyEvent> {

    private final DatabaseEndpoint endpoint;

    ReadyMessage(DatabaseEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        long seconds = event.getTimeTaken() == null ? 0 : event.getTimeTaken().toSeconds();
        System.out.println();
        System.out.println("  Maillage is ready: http://localhost:" + port + "/");
        System.out.println("  Database: " + endpoint.describe());
        System.out.println("  API: http://localhost:" + port + "/api  (OpenAPI: /v3/api-docs)");
        System.out.println("  Started in " + seconds + " s. Stop with Ctrl+C.");
        System.out.println();
    }
}
