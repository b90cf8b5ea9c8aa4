package coop.maillage;

import coop.maillage.neo4j.StartupFailure;
import java.io.PrintStream;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one of the jar's commands inside the application without its web layer, against the
 * configured database, and turns what a user can fix into one line on standard error.
 */
public final class CommandContext {

    private CommandContext() {}

    /**
     * Runs {@code work} and answers its exit status; 1, with one line on {@code err}, for a
     * start-up failure or an error that {@code userError} explains (it answers null for others,
     * which propagate).
     */
    public static int run(
            PrintStream err,
            Function<ConfigurableApplicationContext, Integer> work,
            Function<RuntimeException, String> userError) {
        return run(err, work, userError, new String[0]);
    }

    /**
     * As {@link #run(PrintStream, Function, Function)}, with more settings ({@code --name=value}).
     */
    public static int run(
            PrintStream err,
            Function<ConfigurableApplicationContext, Integer> work,
            Function<RuntimeException, String> userError,
            String... settings) {
        String[] args = new String[settings.length + 1];
        args[0] = "--maillage.seed.load-on-empty=false";
        System.arraycopy(settings, 0, args, 1, settings.length);
        ConfigurableApplicationContext started;
        try {
            started =
                    new SpringApplicationBuilder(MaillageApplication.class)
                            .web(WebApplicationType.NONE)
                            .logStartupInfo(false)
                            .run(args);
        } catch (RuntimeException e) {
            if (startupFailure(e) != null) {
                // The start-up failure reporter has already printed it on one line.
                return 1;
            }
            throw e;
        }
        try (ConfigurableApplicationContext context = started) {
            return work.apply(context);
        } catch (RuntimeException e) {
            String message = userError.apply(e);
            if (message != null) {
                err.println("error: " + message);
                return 1;
            }
            StartupFailure failure = startupFailure(e);
            if (failure != null) {
                err.println("error: " + failure.oneLine());
                return 1;
            }
            throw e;
        }
    }

    private static StartupFailure startupFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupFailure failure) {
                return failure;
            }
        }
        return null;
    }
}
