package org.monitoringadvisor.cli;

/** The exit codes of every command, as the contract defines them. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The thing checked failed (for example a rule scenario). */
    public static final int FAILED = 1;
    /** Bad input or usage; the message says what and where. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
