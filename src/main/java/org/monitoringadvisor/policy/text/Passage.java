package org.monitoringadvisor.policy.text;

import java.util.Objects;

/**
 * A block of a policy's text (a paragraph, a list item, a table cell, or a page of a PDF) exactly as the document
 * gives it, with where a reader finds it.
 *
 * @param text      the characters as extracted, unchanged (curly quotes and line breaks kept)
 * @param where     a place a rep can find in the document: a page, a heading, a paragraph
 * @param firstLine the file line the passage starts on, for text files; 0 when lines mean nothing (PDF, Word)
 */
public record Passage(String text, String where, int firstLine) {

    public Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }

    /** A passage of a document without meaningful lines. */
    public Passage(String text, String where) {
        this(text, where, 0);
    }

    /** Where a sentence starting {@code lineOffset} lines into the passage is. */
    public String whereAt(int lineOffset) {
        return firstLine == 0 ? where : where + ", line " + (firstLine + lineOffset);
    }
}
