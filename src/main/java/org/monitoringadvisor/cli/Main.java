package org.monitoringadvisor.cli;

/** Entry point of the executable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        EarlyStart.begin(args);
        System.exit(Cli.run(args));
    }
}
