package org.monitoringadvisor.report;

import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.report.model.Document;

/**
 * Citations split in two, so a report cites each document in full once: a short form beside each point
 * (publisher, title, date, section) and the document's full entry (with where it was read, and its address).
 */
final class Citations {

    private Citations() {
    }

    /**
     * The short citation of a point: "title", section. The publisher and date are in the document's entry, and
     * leaving them out here keeps a point's citation to a line and free of brackets within brackets.
     */
    static String point(Source source) {
        String cited = "\"" + source.document() + "\"";
        return source.section().isEmpty() ? cited : cited + ", " + source.section();
    }

    /** The full entry of the document a point comes from. */
    static Document document(Source source) {
        // The date after a comma, not in brackets: a catalogue's date may carry brackets of its own.
        String cited = source.publisher() + ", \"" + source.document() + "\", " + source.published();
        if (!source.via().isEmpty()) {
            cited += "; read as summarised in " + source.via();
        }
        return new Document(cited, source.url(), source.currentAsOf());
    }
}
