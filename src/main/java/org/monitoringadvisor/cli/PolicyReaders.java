package org.monitoringadvisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.monitoringadvisor.policy.text.DocumentReader;
import org.monitoringadvisor.policy.text.DocumentText;
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
        // The reading rules compile while the document's text is taken out: on a cold start both take seconds.
        CompletableFuture<PolicyReader> reader = CompletableFuture.supplyAsync(() -> reader(ruleBase));
        DocumentText text;
        try {
            text = DocumentReader.read(policy);
        } catch (RuntimeException e) {
            reader.cancel(false);
            throw e;
        }
        PolicyReading reading = joined(reader).read(text, PolicyReader.describe(policy, text, LocalDate.now()));
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

    private static PolicyReader joined(CompletableFuture<PolicyReader> reader) {
        try {
            return reader.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static boolean hasOwnPolicyReading(Path folder) {
        return Files.exists(folder.resolve(PolicyKnowledge.CUES_FILE))
                || Files.isDirectory(folder.resolve(PolicyKnowledge.RULES_FOLDER));
    }
}
