package org.monitoringadvisor.cli;

import java.util.Set;
import org.monitoringadvisor.engine.Advisor;

/**
 * Begins reading the built-in rules as the program starts, for the commands that will assess with them, so that the
 * reading (the longest part of a cold start) runs on a second core while the command line is read and the answers
 * file parsed. A guess from the raw arguments: a wrong one costs only that reading's processor time, never a result,
 * since the command asks for the built-in advisor, or not, as it always did.
 */
final class EarlyStart {

    private static final Set<String> ASSESSING = Set.of("assess", "brief", "compare");

    private EarlyStart() {
    }

    /** Starts the built-in rules' reading if {@code args} name a command that assesses with them. */
    static void begin(String[] args) {
        if (assessesWithBuiltInRules(args)) {
            Advisor.prepareBuiltIn();
        }
    }

    /** The first argument names an assessing command, and no other asks for help, a rules folder or an @file. */
    static boolean assessesWithBuiltInRules(String[] args) {
        if (args.length == 0 || !ASSESSING.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--rules") || arg.startsWith("--rules=") || arg.startsWith("@") || arg.equals("-h")
                    || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }
}
