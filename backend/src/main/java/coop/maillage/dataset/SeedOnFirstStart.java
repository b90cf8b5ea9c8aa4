package coop.maillage.dataset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the demonstration dataset when the application starts on an empty database. */
@Component
class SeedOnFirstStart implements ApplicationRunner {

    private final DatasetService service;
    private final boolean enabled;

    SeedOnFirstStart(
            DatasetService service, @Value("${maillage.seed.load-on-empty:true}") boolean enabled) {
        this.service = service;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && service.isEmpty()) {
            service.loadSeed();
        }
    }
}
