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
    void wordsAreSplitAtRunsOfSpacesTabsAndLineBreaksButNotAtOtherCharacters() {
        assertThat(Wrap.fill(" \tone  two\n\nthree\r\n\u000Bfour\ffive\u00A0six \n", 80, 80))
                .containsExactly("one two three four five\u00A0six");
        assertThat(Wrap.fill("   ", 80, 80)).containsExactly("");
        assertThat(Wrap.fill("aaa bbb\tccc", 7, 3)).containsExactly("aaa bbb", "ccc");
        assertThat(Wrap.fill("aaa bbb ccc", 6, 3)).containsExactly("aaa", "bbb", "ccc");
    }

    @Test
    void shortLinesAndBlankLinesAreLeftAlone() {
        String text = "TITLE\n=====\n\n  - short item\n";

        assertThat(Wrap.block(text)).isEqualTo(text);
    }
}
