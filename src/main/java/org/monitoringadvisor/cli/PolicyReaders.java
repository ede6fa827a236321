package org.monitoringadvisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.policy.PolicyKnowledge;
import org.monitoringadvisor.policy.PolicyReader;
import org.monitoringadvisor.policy.PolicyReading;

/** Reads a policy with the built-in cues and rules, or those of the {@code --rules} folder, for any command. */
public final class PolicyReaders {

    private PolicyReaders() {
    }

    /** The reader for the chosen rule base. */
    public static PolicyReader reader(RuleBaseOption ruleBase) {
        Path folder = ruleBase.folder();
        if (folder == null || !hasOwnPolicyReading(folder)) {
            return PolicyReader.builtIn();
        }
        Advisor advisor = ruleBase.advisor();
        return PolicyReader.of(advisor.questions(), PolicyKnowledge.folder(folder));
    }

    /**
     * Reads the policy today. With a rules folder that has no cues of its own, the built-in ones are used and only
     * the suggestions for questions the folder's rule base knows are kept.
     */
    public static PolicyReading read(Path policy, RuleBaseOption ruleBase) {
        PolicyReading reading = reader(ruleBase).read(policy, LocalDate.now());
        Path folder = ruleBase.folder();
        if (folder == null || hasOwnPolicyReading(folder)) {
            return reading;
        }
        Advisor advisor = ruleBase.advisor();
        return new PolicyReading(reading.document(),
                reading.suggestions().stream().filter(s -> advisor.question(s.question())
                        .filter(q -> q.allows(s.value())).isPresent()).toList(),
                reading.disagreements().stream().filter(d -> advisor.question(d.question()).isPresent()).toList());
    }

    private static boolean hasOwnPolicyReading(Path folder) {
        return Files.exists(folder.resolve(PolicyKnowledge.CUES_FILE))
                || Files.isDirectory(folder.resolve(PolicyKnowledge.RULES_FOLDER));
    }
}
