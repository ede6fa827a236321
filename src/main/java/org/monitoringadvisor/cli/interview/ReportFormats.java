package org.monitoringadvisor.cli.interview;

import java.util.Arrays;
import java.util.List;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.model.Option;

/**
 * The report formats the interview offers at its end: every {@link ReportFormat} the product has, so formats added
 * there appear here without a change, each with a file extension and a few words for the rep.
 */
public final class ReportFormats {

    private ReportFormats() {
    }

    /** Every format as an option to choose from, in the enum's order. */
    static List<Option> options() {
        return Arrays.stream(ReportFormat.values()).map(f -> new Option(f.name(), f.name() + describe(f))).toList();
    }

    /** The usual file extension for a format. */
    public static String extension(ReportFormat format) {
        return switch (format.name()) {
            case "text", "letter" -> "txt";
            case "markdown" -> "md";
            default -> format.name();
        };
    }

    private static String describe(ReportFormat format) {
        return switch (format.name()) {
            case "text" -> " (plain text: read, print or paste into an email)";
            case "markdown" -> " (Markdown: for wikis and documents)";
            case "html" -> " (a web page: open it in a browser, print it)";
            case "json" -> " (JSON: for other union tools)";
            case "docx" -> " (Word: to edit, or send as it is)";
            case "pdf" -> " (PDF: to print or send; the text can be copied)";
            default -> "";
        };
    }
}
