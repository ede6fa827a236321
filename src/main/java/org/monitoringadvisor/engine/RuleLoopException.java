package org.monitoringadvisor.engine;

/** Rules kept firing without settling (for example a {@code modify} that re-triggers itself) and were stopped. */
public class RuleLoopException extends RuleBaseException {

    public RuleLoopException(String message) {
        super(message);
    }
}
