package org.monitoringadvisor.report.model;

/**
 * A guidance point as a report cites it: numbered in order of first citation, with what it says and where in
 * which document to read it.
 *
 * @param number   its number in the report's list of sources, from 1
 * @param id       the guidance id, for example {@code unison-2014/union-email-privacy}
 * @param summary  what the point says, in the project's words
 * @param kind     what kind of authority it is, in words ("union guidance", "law", ...)
 * @param citation   the document's short title, publisher, date and the section of the point
 * @param confidence how firmly the point is established: {@code high}, {@code medium} or {@code low}
 */
public record Reference(int number, String id, String summary, String kind, String citation, String confidence) {

    /** Whether the point is firmly established; reports mention the confidence only when it is not. */
    public boolean highConfidence() {
        return "high".equals(confidence);
    }
}
