package coop.maillage.dataset;

import coop.maillage.StartupPhases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration dataset when the application starts on an empty database, before the web
 * server accepts requests (see {@link StartupPhases}).
 */
@Component
class SeedOnFirstStart implements SmartLifecycle {

    private final DatasetService service;
    private final boolean enabled;
    private volatile boolean running;

    SeedOnFirstStart(
            DatasetService service, @Value("${maillage.seed.load-on-empty:true}") boolean enabled) {
        this.service = service;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (enabled && service.isEmpty()) {
            service.loadSeed();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return StartupPhases.SEED;
    }
}
