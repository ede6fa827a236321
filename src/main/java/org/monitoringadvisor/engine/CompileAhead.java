package org.monitoringadvisor.engine;

import java.util.List;
import org.monitoringadvisor.engine.internal.RuleBaseCompiler;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/**
 * Starts compiling a rule base's DRL files before its catalogues are loaded, which the compiler does not need:
 * {@link Advisor#from} of a rule base with exactly these files then takes up that compile instead of starting its
 * own. {@code check} does this, so that on two cores the catalogues load while the rules compile.
 */
public final class CompileAhead {

    private CompileAhead() {
    }

    /** Starts compiling {@code ruleFiles} on a daemon thread; only the latest start is kept. */
    public static void start(List<RuleFile> ruleFiles) {
        RuleBaseCompiler.startBuilding(ruleFiles);
    }

    /** Drops the compile started, when no rule base will take it up (its catalogues did not load). */
    public static void forget() {
        RuleBaseCompiler.forgetStartedBuild();
    }
}
