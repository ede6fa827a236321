package org.monitoringadvisor.engine.check;

import java.util.List;

/** Runs every lint over the rule base. */
final class Linter {

    private static final List<Lint> LINTS = List.of(new CitationLint(), new QuestionLint(), new FindingLint(),
            new JudgementLint(), new ConventionLint(), new UnquotedValueLint(), new FootingLint());

    private Linter() {
    }

    static void lint(LintInput input, Problems problems) {
        LINTS.forEach(lint -> lint.check(input, problems));
    }
}
