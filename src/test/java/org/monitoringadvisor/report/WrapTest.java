package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain-text wrapping keeps list items and indented blocks readable. */
class WrapTest {

    private static final String LONG = "word ".repeat(30).strip();

    @Test
    void aLongListItemWrapsUnderItsText() {
        String wrapped = Wrap.block("   - " + LONG);

        String[] lines = wrapped.split("\n");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines[0]).startsWith("   - word");
        assertThat(lines[1]).startsWith("     word");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void aNumberedItemWrapsPastItsNumber() {
        String[] lines = Wrap.block("10. " + LONG).split("\n");

        assertThat(lines[1]).startsWith("    word");
    }

    @Test
    void shortLinesAndBlankLinesAreLeftAlone() {
        String text = "TITLE\n=====\n\n  - short item\n";

        assertThat(Wrap.block(text)).isEqualTo(text);
    }
}
