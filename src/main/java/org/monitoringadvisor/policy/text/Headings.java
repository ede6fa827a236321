package org.monitoringadvisor.policy.text;

/**
 * Names places in a document by the heading above them and the paragraph's number under it, as
 * {@code section "Monitoring", paragraph 2}, or by the paragraph's number alone before the first heading.
 */
final class Headings {

    private static final int LONGEST_HEADING = 60;

    private String heading;
    private int paragraph;
    private int overall;

    /** A heading starts a new section; paragraphs under it count from 1. */
    void heading(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        heading = plain.length() > LONGEST_HEADING ? plain.substring(0, LONGEST_HEADING - 3) + "..." : plain;
        paragraph = 0;
    }

    /** Where the next paragraph is. */
    String nextParagraph() {
        paragraph++;
        overall++;
        return heading == null ? "paragraph " + overall : "section \"" + heading + "\", paragraph " + paragraph;
    }

    /** Where the heading just given is. */
    String headingItself() {
        overall++;
        return "heading \"" + heading + "\"";
    }
}
