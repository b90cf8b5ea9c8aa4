package coop.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;

class WebPortInUseFailureAnalyzerTest {

    @Test
    void shouldNameThePortAndTheSettingThatChangesIt() {
        FailureAnalysis analysis =
                new WebPortInUseFailureAnalyzer()
                        .analyze(new IllegalStateException(new PortInUseException(8080)));

        assertThat(analysis.getDescription()).isEqualTo("The web port 8080 is already in use");
        assertThat(analysis.getAction()).contains("MAILLAGE_PORT");
    }
}
