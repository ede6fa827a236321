package org.monitoringadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Knowledge files in a folder on disk, so authors can change rules without a build. */
final class FolderKnowledgeFiles implements KnowledgeFiles {

    private final Path folder;

    FolderKnowledgeFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new KnowledgeException(folder.toString(), "not a folder; give the folder that holds rulebase.yaml, "
                    + "questions.yaml, sources.yaml and the .drl files");
        }
        this.folder = folder;
    }

    @Override
    public List<String> names() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeException(folder.toString(), "cannot list the folder: " + e.getMessage());
        }
    }

    @Override
    public String read(String name) {
        Path file = folder.resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeException(location(name), "cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new KnowledgeException(location(name), "cannot read: " + e.getCause().getMessage());
        }
    }

    @Override
    public String location(String name) {
        return folder.resolve(name).toString();
    }
}
