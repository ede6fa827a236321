package org.monitoringadvisor.cli.interview;

/** Unwinds the conversation from whichever prompt the rep leaves at, up to the session, which saves and says so. */
final class LeaveException extends RuntimeException {

    /** Why the rep is leaving before the end. */
    enum How { QUIT, END_OF_INPUT, INTERRUPTED }

    private final How how;

    LeaveException(How how) {
        super(how.name(), null, false, false);
        this.how = how;
    }

    How how() {
        return how;
    }
}
