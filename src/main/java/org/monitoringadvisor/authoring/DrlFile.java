package org.monitoringadvisor.authoring;

import java.util.List;

/**
 * One DRL file as the checks see it: its text and its rules. When Drools' parser cannot read the file, {@code rules}
 * is empty and {@code readable} false; the compiler's messages then say what is wrong.
 */
record DrlFile(SourceText source, List<DrlRule> rules, boolean readable) {

    DrlFile {
        rules = List.copyOf(rules);
    }
}
