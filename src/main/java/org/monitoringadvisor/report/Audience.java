package org.monitoringadvisor.report;

import java.util.Locale;

/** Who a draft letter is for: the rep (with a cover note and background) or management (the letter alone). */
public enum Audience {
    /** The rep: a cover note, the letter, then the arguments, open questions and answers behind it. */
    REP,
    /** Management: the letter alone, without anything meant only for the union side. */
    EMPLOYER;

    /** The id used on the command line: {@code rep} or {@code employer}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
