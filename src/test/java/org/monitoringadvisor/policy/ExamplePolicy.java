package org.monitoringadvisor.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A short IT policy for the tests of the interviews that read one. The reader suggests four answers from it: there
 * is a written policy, monitoring is routine (from line 3, "All internet use is automatically logged.", in the
 * section "Internet and Email Policy"), personal use is banned and social networks are blocked.
 */
public final class ExamplePolicy {

    /** The policy's text. */
    public static final String TEXT = String.join("\n",
            "Internet and Email Policy",
            "",
            "All internet use is automatically logged.",
            "Personal use is not permitted.",
            "Access to social networking sites such as Facebook is blocked.",
            "");

    private ExamplePolicy() {
    }

    /** Writes the policy as {@code policy.txt} in {@code folder}. */
    public static Path writeTo(Path folder) throws IOException {
        return Files.writeString(folder.resolve("policy.txt"), TEXT);
    }
}
