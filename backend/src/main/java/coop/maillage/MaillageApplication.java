package coop.maillage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Maillage: a graph-based stakeholder network analyser for territorial cooperation poles. */
@SpringBootApplication
public class MaillageApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaillageApplication.class, args);
    }
}
