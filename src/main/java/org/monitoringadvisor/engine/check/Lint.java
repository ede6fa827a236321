package org.monitoringadvisor.engine.check;

/** One family of checks over the rule base; each reports what it finds, at the line to fix. */
interface Lint {

    void check(LintInput input, Problems problems);
}
