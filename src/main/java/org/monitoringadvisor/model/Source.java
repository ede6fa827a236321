package org.monitoringadvisor.model;

/**
 * A guidance point with its citation: what it says (in the project's own words), the document it comes
 * from, where in it, and how far it can be relied on.
 *
 * @param id          stable guidance id, for example {@code unison-2014/union-email-privacy}
 * @param summary     a paraphrase of what the point says
 * @param document    the document's title
 * @param publisher   who published it
 * @param published   when it was published (as precise as known, for example {@code 2014} or {@code 2023-10-03})
 * @param section     page or section within the document
 * @param url         where to read it
 * @param kind        law, regulator guidance, union guidance or other
 * @param confidence  how firmly the point is established ({@code high}, {@code medium}, ...)
 * @param currentAsOf the date the citation was last checked against the source
 * @param via         where the point was read, when not in the document itself (may be empty)
 * @param element     for a point that is one of the elements of a balanced agreement, its short name (reports
 *                    count which elements are in place); empty for any other point
 */
public record Source(String id, String summary, String document, String publisher, String published, String section,
                     String url, SourceKind kind, String confidence, String currentAsOf, String via, String element) {

    /** A point that is not an element of a balanced agreement. */
    public Source(String id, String summary, String document, String publisher, String published, String section,
                  String url, SourceKind kind, String confidence, String currentAsOf, String via) {
        this(id, summary, document, publisher, published, section, url, kind, confidence, currentAsOf, via, "");
    }

    /** Whether this point is one of the elements a balanced agreement should contain. */
    public boolean isElement() {
        return !element.isEmpty();
    }

    /** A one-line citation: document, publisher and date, section. */
    public String citation() {
        StringBuilder text = new StringBuilder(publisher).append(", \"").append(document).append("\" (")
                .append(published).append(")");
        if (!section.isEmpty()) {
            text.append(", ").append(section);
        }
        if (!via.isEmpty()) {
            text.append("; as summarised in ").append(via);
        }
        return text.toString();
    }
}
