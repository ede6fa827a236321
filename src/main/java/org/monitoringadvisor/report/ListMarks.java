package org.monitoringadvisor.report;

/**
 * How a list item starts and ends in each markup, for the few template partials whose prose is shared by every
 * format: {@code {{{itemStart}}}Fill in ...{{{itemEnd}}}}.
 */
record ListMarks(String itemStart, String itemEnd) {

    static ListMarks of(Markup markup) {
        return markup == Markup.HTML ? new ListMarks("<li>", "</li>") : new ListMarks("- ", "");
    }
}
