package org.monitoringadvisor.policy.text;

import java.util.Objects;

/**
 * A block of a policy's text (a paragraph, a list item, a table cell, or a page of a PDF) exactly as the document
 * gives it, with where a reader finds it.
 *
 * @param text  the characters as extracted, unchanged (curly quotes and line breaks kept)
 * @param where a place a rep can find in the document: a page, a heading, a paragraph or a line
 */
public record Passage(String text, String where) {

    public Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }
}
