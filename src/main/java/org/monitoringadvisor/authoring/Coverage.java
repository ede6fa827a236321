package org.monitoringadvisor.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.monitoringadvisor.engine.check.RuleInfo;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Question;

/**
 * What a set of scenarios leaves untouched: rules that never fired, questions never asked, and findings no
 * scenario expects present or expects absent (a finding pinned only one way is tested only half).
 *
 * @param rules                 how many rules the rule base has
 * @param rulesNeverFired       rules that fired in no scenario, with where they are
 * @param questions             how many questions the catalogue has
 * @param questionsNeverAsked   questions no scenario's interview asked
 * @param findings              how many findings the catalogues word
 * @param findingsNeverExpected findings no scenario lists as present
 * @param findingsNeverExcluded findings no scenario lists as absent
 */
public record Coverage(int rules, List<String> rulesNeverFired, int questions, List<String> questionsNeverAsked,
                       int findings, List<String> findingsNeverExpected, List<String> findingsNeverExcluded) {

    public Coverage {
        rulesNeverFired = List.copyOf(rulesNeverFired);
        questionsNeverAsked = List.copyOf(questionsNeverAsked);
        findingsNeverExpected = List.copyOf(findingsNeverExpected);
        findingsNeverExcluded = List.copyOf(findingsNeverExcluded);
    }

    /** The coverage of {@code results} over the rule base in {@code knowledge}. */
    public static Coverage of(Knowledge knowledge, List<ScenarioResult> results) {
        Set<String> fired = new HashSet<>();
        Set<String> asked = new HashSet<>();
        Set<String> expected = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (ScenarioResult result : results) {
            fired.addAll(result.firedRules());
            asked.addAll(result.asked());
            result.scenario().present().stream().map(FindingPattern::id).forEach(expected::add);
            result.scenario().absent().stream().map(FindingPattern::id).forEach(excluded::add);
        }
        List<RuleInfo> rules = RuleBaseCheck.rules(knowledge);
        List<String> findings = knowledge.findings().all().stream().map(FindingText::id).toList();
        return new Coverage(rules.size(),
                rules.stream().filter(r -> !fired.contains(r.name()))
                        .map(r -> r.location() + ": \"" + r.name() + "\"").toList(),
                knowledge.questions().all().size(),
                knowledge.questions().all().stream().map(Question::id).filter(id -> !asked.contains(id)).toList(),
                findings.size(),
                findings.stream().filter(id -> !expected.contains(id)).toList(),
                findings.stream().filter(id -> !excluded.contains(id)).toList());
    }

    /** Whether every rule fired, every question was asked and every finding was expected both ways. */
    public boolean complete() {
        return rulesNeverFired.isEmpty() && questionsNeverAsked.isEmpty() && findingsNeverExpected.isEmpty()
                && findingsNeverExcluded.isEmpty();
    }
}
