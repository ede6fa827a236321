package org.monitoringadvisor.authoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario of a scenario file: the answers given and what the rules must then do.
 *
 * @param name     what the scenario shows, in a sentence
 * @param file     the scenario file, as shown in messages
 * @param line     the line the scenario starts on
 * @param given    the answers, question id to value, as written
 * @param present  findings that must be among the results (each pattern matched by at least one finding)
 * @param absent   findings that must not be (no finding may match any of these patterns)
 * @param asked    questions the interview must ask (relevant) with these answers
 * @param notAsked questions it must not ask
 * @param leadWith the findings the negotiation must open with, in this order; null when the scenario does not say
 */
public record Scenario(String name, String file, int line, Map<String, String> given, List<FindingPattern> present,
                       List<FindingPattern> absent, List<String> asked, List<String> notAsked, List<String> leadWith) {

    public Scenario {
        given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        asked = List.copyOf(asked);
        notAsked = List.copyOf(notAsked);
        leadWith = leadWith == null ? null : List.copyOf(leadWith);
    }

    /** A scenario that does not say what to lead with. */
    public Scenario(String name, String file, int line, Map<String, String> given, List<FindingPattern> present,
                    List<FindingPattern> absent, List<String> asked, List<String> notAsked) {
        this(name, file, line, given, present, absent, asked, notAsked, null);
    }

    /** {@code file:line}, for messages. */
    public String location() {
        return file + ":" + line;
    }
}
