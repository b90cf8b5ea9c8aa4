package coop.maillage.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/**
 * Says that the web port is taken and names the setting that changes it; it comes before Spring
 * Boot's own analyser, whose advice does not say how this application is configured.
 */
class WebPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException>
        implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis(
                "The web port " + cause.getPort() + " is already in use",
                "stop what uses it (another Maillage?), or set MAILLAGE_PORT to a free port",
                cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
