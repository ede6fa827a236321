package org.monitoringadvisor.cli.interview;

/** The rep ended the input: Ctrl-D or the end of a pipe, or Ctrl-C. Either way the interview saves and stops. */
final class InputEndedException extends RuntimeException {

    private final boolean interrupted;

    InputEndedException(boolean interrupted) {
        super(interrupted ? "interrupted" : "end of input", null, false, false);
        this.interrupted = interrupted;
    }

    /** Whether it was Ctrl-C rather than the end of input. */
    boolean interrupted() {
        return interrupted;
    }
}
