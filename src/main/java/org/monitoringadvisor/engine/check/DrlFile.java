package org.monitoringadvisor.engine.check;

import java.util.List;

/**
 * One DRL file as the checks see it: its text, its rules, and why Drools' parser could not read it, in plain words
 * at each mistake's line and column. An unreadable file has no rules.
 */
record DrlFile(SourceText source, List<DrlRule> rules, List<DrlRule.Located> syntaxErrors) {

    DrlFile {
        rules = List.copyOf(rules);
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    /** Whether Drools' parser read the file. */
    boolean readable() {
        return syntaxErrors.isEmpty();
    }
}
