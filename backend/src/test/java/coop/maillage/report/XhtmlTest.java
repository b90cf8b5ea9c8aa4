package coop.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XhtmlTest {

    @Test
    void shouldEscapeTextAndAttributes() {
        String html =
                new Xhtml()
                        .open("p", "title", "a \"b\" & 'c'")
                        .text("<script>alert('x')</script> & co")
                        .close()
                        .finish();
        assertThat(html)
                .isEqualTo(
                        "<p title=\"a &quot;b&quot; &amp;"
                            + " &#39;c&#39;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                            + " co</p>");
    }

    @Test
    void shouldDropCharactersXmlForbidsAndKeepOthers() {
        assertThat(Xhtml.escape("a\u0000b\u0007c\uFFFEd\uD800e")).isEqualTo("abcde");
        assertThat(Xhtml.escape("é ’ « » – ≥ σ 😀\t\n")).isEqualTo("é ’ « » – ≥ σ 😀\t\n");
    }

    @Test
    void shouldRefuseUnclosedElementsAndContentInEmptyOnes() {
        assertThatThrownBy(() -> new Xhtml().open("div").finish())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Xhtml().empty("div"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Xhtml().empty("br", "class", null).finish()).isEqualTo("<br/>");
    }
}
