package org.monitoringadvisor.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a rule base is made of: {@code rulebase.yaml}, {@code questions.yaml}, {@code sources.yaml},
 * {@code *.findings.yaml} and {@code *.drl}, read either from the built-in resources or from a folder.
 */
public interface KnowledgeFiles {

    /** The names of all files, relative to the knowledge root, sorted. */
    List<String> names();

    /** The text of one file. */
    String read(String name);

    /** Where a file is, in words fit for an error message (a path, or {@code rules/x.drl} inside the jar). */
    String location(String name);

    /**
     * A YAML file, read into a tree whose every node knows its line and column; null for an empty document.
     *
     * @throws KnowledgeException at the line and column of a syntax error
     */
    default YamlNode yaml(String name) {
        return YamlReader.parse(location(name), read(name));
    }

    /** The knowledge that ships with the product. */
    static KnowledgeFiles builtIn() {
        return ClasspathKnowledgeFiles.INSTANCE;
    }

    /** Knowledge read from a folder laid out like the built-in one. */
    static KnowledgeFiles folder(Path folder) {
        return new FolderKnowledgeFiles(folder);
    }
}
