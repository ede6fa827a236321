package org.monitoringadvisor.cli.interview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.model.Option;

/**
 * The one short menu at the end: which documents to write beside the answers file (the report, the rep's letter,
 * the employer's letter) and in which format. The first choice, also what Enter and the end of input give, is the
 * report and the rep's letter in the interview's {@code --format}.
 */
final class DocumentMenu {

    /** The documents the interview can write. */
    enum Document {
        REPORT("report", "the report"),
        REP_LETTER("letter-rep", "your letter (with a note and background for you)"),
        EMPLOYER_LETTER("letter-employer", "the employer's letter (the letter alone, to send)");

        private final String fileStem;
        private final String words;

        Document(String fileStem, String words) {
            this.fileStem = fileStem;
            this.words = words;
        }

        /** The start of the file's name, as in {@code letter-rep-acme-2026-11-28.docx}. */
        String fileStem() {
            return fileStem;
        }

        String words() {
            return words;
        }
    }

    /** One document in one format. */
    record Wanted(Document document, ReportFormat format) {
    }

    private static final List<Document> ALL = List.of(Document.values());
    private static final List<Document> USUAL = List.of(Document.REPORT, Document.REP_LETTER);

    private final ReportFormat first;

    DocumentMenu(ReportFormat first) {
        this.first = first;
    }

    /** The choices, numbered from 1 in this order. */
    List<Option> options() {
        return List.of(
                new Option("usual", "The report and your letter, as " + words(first) + " (Enter)"),
                new Option("docx", "The report and both letters, in Word (.docx), to edit"),
                new Option("pdf", "The report and both letters, as PDF, to print or send"),
                new Option("html", "The report and both letters, as web pages, to open in a browser"),
                new Option("choose", "Choose the documents and the format"),
                new Option("nothing", "Nothing now"));
    }

    /** What Enter (and the end of input on a pipe) writes. */
    List<Wanted> usual() {
        return wanted(USUAL, first);
    }

    /** What a menu choice writes; empty for "choose", which asks two more questions. */
    Optional<List<Wanted>> chosen(String value) {
        return switch (value) {
            case "usual" -> Optional.of(usual());
            case "docx", "pdf", "html" -> Optional.of(wanted(ALL, ReportFormat.valueOf(value)));
            case "nothing" -> Optional.of(List.of());
            default -> Optional.empty();
        };
    }

    /**
     * A format named at the menu instead of a number ("json", "markdown"): the report and the rep's letter in it.
     */
    Optional<List<Wanted>> byFormatName(String typed) {
        return format(typed).map(format -> wanted(USUAL, format));
    }

    /** The documents as options for "choose", numbered from 1. */
    static List<Option> documentOptions() {
        return ALL.stream().map(d -> new Option(d.name(), d.words())).toList();
    }

    /** The formats as options for "choose", numbered from 1, in the enum's order. */
    static List<Option> formatOptions() {
        return ReportFormats.options();
    }

    /**
     * The documents picked by number, several at once ("1 3", "1,3"); empty when a number is not on the list.
     * A blank line picks all of them.
     */
    static Optional<List<Document>> documents(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return Optional.of(ALL);
        }
        Set<Document> picked = new LinkedHashSet<>();
        for (String part : text.split("[\\s,;]+|\\band\\b")) {
            if (part.isBlank()) {
                continue;
            }
            String number = part.strip().replaceFirst("[.)]$", "");
            if (!number.matches("\\d{1,2}")) {
                return Optional.empty();
            }
            int n = Integer.parseInt(number);
            if (n < 1 || n > ALL.size()) {
                return Optional.empty();
            }
            picked.add(ALL.get(n - 1));
        }
        return picked.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(picked));
    }

    static List<Wanted> wanted(List<Document> documents, ReportFormat format) {
        List<Wanted> wanted = new ArrayList<>();
        documents.forEach(d -> wanted.add(new Wanted(d, format)));
        return wanted;
    }

    private static Optional<ReportFormat> format(String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        if (word.equals("word")) {
            word = "docx";
        }
        String name = word;
        return Arrays.stream(ReportFormat.values()).filter(f -> f.name().equals(name)).findFirst();
    }

    private static String words(ReportFormat format) {
        return switch (format) {
            case text -> "text";
            case markdown -> "Markdown";
            case html -> "web pages";
            case json -> "JSON (the letter as text)";
            case docx -> "Word (.docx)";
            case pdf -> "PDF";
        };
    }
}
