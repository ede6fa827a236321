package org.monitoringadvisor.knowledge;

import java.util.List;
import java.util.function.BiFunction;

/** For tests: the same knowledge files, each one's text passed through {@code edit} (its name, its text) as read. */
public record EditedFiles(KnowledgeFiles files, BiFunction<String, String, String> edit) implements KnowledgeFiles {

    @Override
    public List<String> names() {
        return files.names();
    }

    @Override
    public String read(String name) {
        return edit.apply(name, files.read(name));
    }

    @Override
    public String location(String name) {
        return files.location(name);
    }
}
