package org.monitoringadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests that change the built-in rule base: a copy of its files in a folder of the test's own. */
public final class BuiltInCopy {

    private BuiltInCopy() {
    }

    /** Writes every built-in rule, catalogue and source file into {@code folder}; returns the folder. */
    public static Path into(Path folder) throws IOException {
        KnowledgeFiles builtIn = KnowledgeFiles.builtIn();
        for (String name : builtIn.names()) {
            Files.writeString(folder.resolve(name), builtIn.read(name));
        }
        return folder;
    }
}
