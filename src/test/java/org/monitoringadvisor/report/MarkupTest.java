package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Each markup makes a value safe in its own way. */
class MarkupTest {

    private static String encode(Markup markup, String value) {
        StringWriter out = new StringWriter();
        markup.encode(value, out);
        return out.toString();
    }

    @Test
    void markdownBackslashEscapesWhatWouldBecomeMarkupOrRawHtml() {
        assertThat(encode(Markup.MARKDOWN, "<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
        assertThat(encode(Markup.MARKDOWN, "*Acme* | [x](y) #1 & `z`"))
                .isEqualTo("\\*Acme\\* \\| \\[x\\](y) \\#1 \\& \\`z\\`");
        assertThat(encode(Markup.MARKDOWN, "two\nlines")).isEqualTo("two lines");
    }

    @Test
    void markdownLeavesOrdinaryWordsAlone() {
        assertThat(encode(Markup.MARKDOWN, "Smith's work-life balance (2014): \"fine\".")).isEqualTo(
                "Smith's work-life balance (2014): \"fine\".");
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertThat(encode(Markup.HTML, "<a href=\"x\">O'Neil & co</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
    }

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(encode(Markup.TEXT, "<b>*x*</b>")).isEqualTo("<b>*x*</b>");
    }
}
