package coop.maillage;

import coop.maillage.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Maillage: a graph-based stakeholder network analyser for territorial cooperation poles.
 *
 * <p>With no arguments (or only {@code --option}s) it runs the web application; with a command name
 * first ({@code generate}, {@code load}, {@code seed}, {@code help}) it runs that command.
 */
@SpringBootApplication
public class MaillageApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(MaillageApplication.class, args);
    }
}
