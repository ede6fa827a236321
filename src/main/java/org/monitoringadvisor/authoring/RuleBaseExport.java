package org.monitoringadvisor.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.monitoringadvisor.answers.PrivateFiles;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/**
 * Writes a rule base out as a rules folder an author can edit: every knowledge file, and the scenarios under
 * {@code scenarios/}. Existing files are left alone unless overwriting is asked for.
 */
public final class RuleBaseExport {

    private RuleBaseExport() {
    }

    /**
     * The files a rules folder made from {@code knowledge} and {@code scenarios} holds: path inside the folder
     * ({@code questions.yaml}, {@code scenarios/policy.yaml}) to text, sorted knowledge first.
     */
    public static Map<String, String> files(KnowledgeFiles knowledge, List<ScenarioSource> scenarios) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(scenarios, "scenarios");
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : knowledge.names()) {
            files.put(name, knowledge.read(name));
        }
        for (ScenarioSource scenario : scenarios) {
            String location = scenario.location().replace('\\', '/');
            files.put(ScenarioSources.FOLDER + "/" + location.substring(location.lastIndexOf('/') + 1),
                    scenario.text());
        }
        return files;
    }

    /**
     * Writes {@code files} into {@code folder} (created if missing), each file atomically. Unless {@code overwrite}
     * is set, nothing is written when any of the files already exists.
     *
     * @return the files written, in order
     * @throws KnowledgeException   naming the files in the way
     * @throws org.monitoringadvisor.answers.AnswersFileException naming a file that could not be written
     */
    public static List<Path> write(Map<String, String> files, Path folder, boolean overwrite) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(folder, "folder");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new KnowledgeException(folder.toString(), "exists and is not a folder");
        }
        List<String> inTheWay = files.keySet().stream().filter(name -> Files.exists(folder.resolve(name))).toList();
        if (!overwrite && !inTheWay.isEmpty()) {
            throw new KnowledgeException(folder.toString(), "already has " + String.join(", ", inTheWay.stream()
                    .limit(5).toList()) + (inTheWay.size() > 5 ? " and " + (inTheWay.size() - 5) + " more" : "")
                    + "; nothing was written (use --force to overwrite them, or choose another folder)");
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            try {
                Files.createDirectories(target.getParent());
            } catch (IOException e) {
                throw new KnowledgeException(target.getParent().toString(), "cannot create the folder: "
                        + e.getMessage());
            }
            PrivateFiles.writeAtomically(target, file.getValue());
            written.add(target);
        }
        return written;
    }
}
