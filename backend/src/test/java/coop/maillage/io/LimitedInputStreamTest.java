package coop.maillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    private static InputStream limited(int size, long limit) {
        return new LimitedInputStream(
                new ByteArrayInputStream(new byte[size]),
                limit,
                max -> new IllegalStateException("more than " + max));
    }

    @Test
    void shouldDeliverAStreamThatStaysWithinTheLimit() throws IOException {
        assertThat(limited(10, 10).readAllBytes()).hasSize(10);
    }

    @Test
    void shouldThrowTheCallersExceptionOneBytePastTheLimit() {
        assertThatThrownBy(() -> limited(11, 10).readAllBytes())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("more than 10");
    }

    @Test
    void shouldCountSkippedAndSingleBytesToo() throws IOException {
        InputStream in = limited(11, 10);
        assertThat(in.skip(10)).isEqualTo(10);
        assertThatThrownBy(in::read).hasMessage("more than 10");
    }
}
