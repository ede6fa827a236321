package org.monitoringadvisor.cli;

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
        if (ruleBase.folder() == null) {
            return PolicyReader.builtIn();
        }
        Advisor advisor = ruleBase.advisor();
        return PolicyReader.of(advisor.questions(), PolicyKnowledge.folder(ruleBase.folder()));
    }

    /** Reads the policy today. */
    public static PolicyReading read(Path policy, RuleBaseOption ruleBase) {
        return reader(ruleBase).read(policy, LocalDate.now());
    }
}
