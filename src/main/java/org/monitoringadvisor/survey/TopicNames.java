package org.monitoringadvisor.survey;

import java.util.Locale;

/** A topic as people read it: the findings file's name in words, {@code use-of-monitoring-data} as "Use of monitoring data". */
final class TopicNames {

    private TopicNames() {
    }

    static String of(String topic) {
        String words = topic.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? topic : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
