package org.monitoringadvisor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.monitoringadvisor.report.word.WordText;

/**
 * The kinds of document the templates write, each with its own way of making a value safe: HTML escapes markup,
 * Markdown backslash-escapes the characters that would start emphasis, links, tables or raw HTML, plain text
 * is written as it is and wrapped to the terminal's width afterwards, and Word's block lines keep a value on its
 * line with its marks (brackets, bold, cell breaks) disarmed.
 */
public enum Markup {
    TEXT("txt"),
    MARKDOWN("md"),
    HTML("html"),
    /** The block lines a Word document is built from (see {@code report.word.WordWriter}). */
    WORD("docx");

    private final String extension;

    Markup(String extension) {
        this.extension = extension;
    }

    /** The middle part of a template's file name, as in {@code report.md.mustache}. */
    String extension() {
        return extension;
    }

    /** Writes a value into the document, escaped for this markup. */
    void encode(String value, Writer writer) {
        try {
            switch (this) {
                case TEXT -> writer.write(value);
                case MARKDOWN -> writer.write(markdown(value));
                case HTML -> writer.write(html(value));
                case WORD -> writer.write(WordText.encode(value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            if ("\\`*_[]<>|#&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    /** {@code value} with the characters that are markup in HTML text and attributes escaped. */
    public static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
