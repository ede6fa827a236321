package org.monitoringadvisor.engine;

/**
 * A rule misbehaved while an assessment ran and the assessment was stopped: its consequence or a condition threw,
 * it inserted more facts than any assessment needs, or the rules ran past the time budget. The message names the
 * rule, with its file and line, in words for a rule author; the original exception, if any, is the cause, for
 * {@code --trace}.
 */
public class RuleFailedException extends RuleBaseException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final boolean outOfTime;

    /**
     * @param message   what happened, naming the rule and where it is
     * @param rule      the rule's name, or null when no single rule can be named
     * @param outOfTime whether the assessment ran out of time (rather than failing or inserting too much)
     * @param cause     what the rule threw, or null
     */
    public RuleFailedException(String message, String rule, boolean outOfTime, Throwable cause) {
        super(message);
        this.rule = rule;
        this.outOfTime = outOfTime;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** The rule at fault, or null when none can be named. */
    public String rule() {
        return rule;
    }

    /** True when the assessment was stopped for running past its time budget. */
    public boolean outOfTime() {
        return outOfTime;
    }
}
