package org.monitoringadvisor.web;

import java.util.Objects;
import java.util.function.Function;
import org.monitoringadvisor.report.ReportInput;

/**
 * A document the findings page offers to download, for example the report as HTML. The command line supplies the
 * list, so every format the product writes is offered here without a change to this package.
 *
 * @param document  which document: {@code report}, {@code letter} (the rep's copy) or {@code letter-to-management}
 * @param extension the file extension, which also names the format in the address, for example {@code html}
 * @param label     a few words for the link, for example "web page (HTML)"
 * @param mediaType the Content-Type to send
 * @param render    makes the document from the answers
 */
public record Download(String document, String extension, String label, String mediaType,
                       Function<ReportInput, byte[]> render) {

    public Download {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(render, "render");
        if (!document.matches("[a-z-]+") || !extension.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("document and extension must be lower-case words: " + document
                    + "." + extension);
        }
    }

    /** The last part of its address, for example {@code report.html}. */
    String name() {
        return document + "." + extension;
    }
}
