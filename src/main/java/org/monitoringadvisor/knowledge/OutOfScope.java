package org.monitoringadvisor.knowledge;

import java.util.List;

/**
 * What the rule base does not cover, and where a rep can look instead, from {@code out-of-scope} in
 * {@code rulebase.yaml}. Reports say it once, so a rep does not read silence about CCTV as approval.
 *
 * @param topics      the kinds of monitoring not covered, as short phrases
 * @param lookInstead where to look for them, as a sentence
 */
public record OutOfScope(List<String> topics, String lookInstead) {

    /** A rule base that says nothing about its scope. */
    public static final OutOfScope NONE = new OutOfScope(List.of(), "");

    public OutOfScope {
        topics = List.copyOf(topics);
    }

    /** Whether there is anything to say. */
    public boolean any() {
        return !topics.isEmpty();
    }

    /** The topics as one phrase: "a, b and c". */
    public String topicList() {
        if (topics.size() < 2) {
            return String.join("", topics);
        }
        return String.join(", ", topics.subList(0, topics.size() - 1)) + " and " + topics.get(topics.size() - 1);
    }
}
