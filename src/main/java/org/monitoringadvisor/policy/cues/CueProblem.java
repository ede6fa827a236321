package org.monitoringadvisor.policy.cues;

/**
 * A mistake in the cue catalogue, with the file and line it is on.
 *
 * @param location the file
 * @param line     the 1-based line, or 0 when the whole file is meant
 * @param message  what is wrong and what is allowed
 */
public record CueProblem(String location, int line, String message) {

    @Override
    public String toString() {
        return location + ":" + line + ": error: " + message;
    }
}
