package org.monitoringadvisor.report;

import java.util.Objects;

/** The rep's two-page meeting brief ({@code brief --length short}) in text, Markdown or HTML. */
public final class MeetingBriefReport {

    private MeetingBriefReport() {
    }

    /** Renders the brief in {@code markup}. */
    public static String render(ReportInput input, Markup markup) {
        Objects.requireNonNull(markup, "markup");
        return Templates.render(markup, "brief", MeetingBriefBuilder.build(input), ListMarks.of(markup));
    }
}
