package org.monitoringadvisor.policy.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a policy document's text, choosing the format by the file's first bytes and, for text, its extension: PDF
 * (PDFBox), Word DOCX (POI), OpenDocument ODT (JDK XML), HTML (jsoup), Markdown and plain text.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads the document.
     *
     * @param file the policy file
     * @return its text, passage by passage
     * @throws DocumentException if it is missing, unreadable, over the {@link Limits}, encrypted, a scan, or in
     *                           a format that is not read
     */
    public static DocumentText read(Path file) {
        Limits.checkFile(file);
        byte[] bytes = Limits.readBytes(file);
        DocumentText text = switch (formatOf(file, bytes)) {
            case PDF -> PdfText.read(file, bytes);
            case DOCX -> WordText.read(file, bytes);
            case ODT -> OdtText.read(file, bytes);
            case HTML -> HtmlText.read(file, bytes);
            case MARKDOWN -> PlainText.read(bytes, true);
            case TEXT -> PlainText.read(bytes, false);
        };
        if (text.passages().isEmpty()) {
            throw new DocumentException(file.toString(), "has no text to read");
        }
        return Limits.checkText(file, text);
    }

    /**
     * Reads plain text already in memory, as a text file would be read, for scenarios and tools that have the text.
     *
     * @param text the text
     * @return its passages
     */
    public static DocumentText readText(String text) {
        return PlainText.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
    }

    private enum Format { PDF, DOCX, ODT, HTML, MARKDOWN, TEXT }

    private static Format formatOf(Path file, byte[] bytes) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF") || start.indexOf("%PDF-") >= 0 && start.indexOf("%PDF-") < 1024) {
            return Format.PDF;
        }
        if (start.startsWith("PK")) {
            if (name.endsWith(".odt") || start.contains("application/vnd.oasis.opendocument.text")) {
                return Format.ODT;
            }
            if (name.endsWith(".docx") || name.endsWith(".docm")) {
                return Format.DOCX;
            }
            throw new DocumentException(file.toString(), "is a zip file that is neither .docx nor .odt");
        }
        if (start.startsWith("\u00D0\u00CF\u0011\u00E0")) {
            throw new DocumentException(file.toString(), "is an old-style Office file (.doc) or a password-protected"
                    + " .docx; save it as an unprotected .docx, .odt or PDF and try again");
        }
        if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".odt")) {
            throw new DocumentException(file.toString(), "is not a " + name.substring(name.lastIndexOf('.') + 1)
                    .toUpperCase(Locale.ROOT) + " file (its contents do not match its name)");
        }
        if (name.endsWith(".doc") || name.endsWith(".rtf")) {
            throw new DocumentException(file.toString(), "is in a format that is not read; save it as .docx, .odt, "
                    + "PDF or text and try again");
        }
        String head = start.stripLeading().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return Format.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new DocumentException(file.toString(), "is not a policy document this reads (binary data); "
                        + "use PDF, .docx, .odt, HTML, Markdown or text");
            }
        }
        return Format.TEXT;
    }
}
