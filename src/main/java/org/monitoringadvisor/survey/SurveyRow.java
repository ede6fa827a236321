package org.monitoringadvisor.survey;

import java.util.Locale;

/**
 * One row of a survey summary's tables, formatted for both templates: the count and its share of the workplaces
 * assessed, the columns of the plain-text table padded to their widths, and the HTML bar's length and colour.
 *
 * @param label    what is counted: a finding's title, a topic, or "a high-priority gap"
 * @param priority the finding's priority id, or empty for rows that are not findings
 * @param topic    the finding's topic in words, or empty
 * @param workplaces how many workplaces
 * @param share    that as a percentage of the workplaces assessed
 * @param style    the bar's CSS class
 */
record SurveyRow(String label, String priority, String topic, long workplaces, double share, String style) {

    /** The HTML bar at 100%, in pixels. */
    private static final int BAR_WIDTH = 240;

    /** The count with thousands separators, as in {@code 1,024}. */
    String count() {
        return number(workplaces);
    }

    /** The share with one decimal, as in {@code 42.9%}. */
    String percent() {
        return String.format(Locale.ROOT, "%.1f%%", share);
    }

    /** The count and share, as in {@code 3 (42.9%)}. */
    String countAndShare() {
        return count() + " (" + percent() + ")";
    }

    int barWidth() {
        return BAR_WIDTH;
    }

    /** The filled part of the bar, as long as the share. */
    long filled() {
        return Math.round(BAR_WIDTH * share / 100);
    }

    String countColumn() {
        return String.format(Locale.ROOT, "%10s", count());
    }

    String shareColumn() {
        return String.format(Locale.ROOT, "%6s", percent());
    }

    String priorityColumn() {
        return String.format(Locale.ROOT, "%-8s", priority);
    }

    String topicColumn() {
        return String.format(Locale.ROOT, "%-20s", topic);
    }

    static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
