package org.monitoringadvisor.policy;

import java.util.Objects;

/**
 * A passage of the policy an answer rests on.
 *
 * @param quote      the words, copied exactly from the document's text (runs of spaces and line breaks are one
 *                   space), one contiguous passage, no ellipsis
 * @param where      where a rep finds it: a page, a heading, a paragraph or a line
 * @param confidence {@code high} or {@code medium}
 */
public record Evidence(String quote, String where, String confidence) {

    public Evidence {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(confidence, "confidence");
    }
}
