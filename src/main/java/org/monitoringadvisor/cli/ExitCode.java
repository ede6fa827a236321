package org.monitoringadvisor.cli;

/** The exit codes of every command, as the contract defines them. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The thing checked failed (for example a rule scenario). */
    public static final int FAILED = 1;
    /** Bad input or usage; the message says what and where. */
    public static final int BAD_INPUT = 2;
    /** A bug in the program, not a problem with the input (70, EX_SOFTWARE in BSD's sysexits). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
