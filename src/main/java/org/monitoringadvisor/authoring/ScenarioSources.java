package org.monitoringadvisor.authoring;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where scenario files are: in the {@code scenarios} folder of a rules folder, among the built-in resources
 * ({@code rules/scenarios/}), or wherever an author names them.
 */
public final class ScenarioSources {

    /** The folder, inside a rules folder, that holds the rule base's own scenarios. */
    public static final String FOLDER = "scenarios";

    private static final ClasspathFolder BUILT_IN = new ClasspathFolder("rules/" + FOLDER + "/");

    private ScenarioSources() {
    }

    /** The scenarios that ship with the built-in rule base. */
    public static List<ScenarioSource> builtIn() {
        return BUILT_IN.names().stream().filter(ScenarioSources::isYaml)
                .map(n -> new ScenarioSource(BUILT_IN.location(n), BUILT_IN.read(n))).toList();
    }

    /** The scenarios of a rules folder: {@code DIR/scenarios/*.yaml}; none when there is no such folder. */
    public static List<ScenarioSource> ofRulesFolder(Path rulesFolder) {
        Path folder = rulesFolder.resolve(FOLDER);
        return Files.isDirectory(folder) ? inFolder(folder) : List.of();
    }

    /**
     * The scenario files named on a command line: each a {@code .yaml} file, or a folder whose {@code .yaml}
     * files are taken.
     *
     * @throws ScenarioFileException for a path that does not exist or cannot be read
     */
    public static List<ScenarioSource> of(List<Path> paths) {
        List<ScenarioSource> sources = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                sources.addAll(inFolder(path));
            } else {
                sources.add(read(path));
            }
        }
        return sources;
    }

    private static List<ScenarioSource> inFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Files.isRegularFile(p) && isYaml(p.getFileName().toString())).sorted()
                    .map(ScenarioSources::read).toList();
        } catch (IOException e) {
            throw new ScenarioFileException(folder.toString(), 0, "cannot list the folder: " + e.getMessage());
        }
    }

    private static ScenarioSource read(Path file) {
        try {
            return new ScenarioSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(file.toString(), 0, "file not found");
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(file.toString(), 0, "is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new ScenarioFileException(file.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
