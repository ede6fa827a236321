package org.monitoringadvisor.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.monitoringadvisor.policy.reading.ReadingRules.DrlFile;

/**
 * The files policy reading is made of: the cue catalogue {@code policy-cues.yaml} and the rules in
 * {@code policy-reading/*.drl}, built in (under {@code rules/} on the class path) or from a rules folder. A folder
 * without them uses the built-in ones, so an older rules folder keeps working.
 *
 * @param cuesLocation where the catalogue is, for messages
 * @param cues         the catalogue's text
 * @param drl          the reading rules
 * @param scenarios    the scenario files pinning what snippets of policy text must suggest
 *                     ({@code policy-reading/scenarios/*.yaml}), as name, location and text
 */
public record PolicyKnowledge(String cuesLocation, String cues, List<DrlFile> drl, List<DrlFile> scenarios) {

    /** The catalogue's file name, in a rules folder and on the class path. */
    public static final String CUES_FILE = "policy-cues.yaml";
    /** The folder of the reading rules. */
    public static final String RULES_FOLDER = "policy-reading";
    /** The folder of the scenarios, inside the rules folder. */
    public static final String SCENARIOS_FOLDER = RULES_FOLDER + "/scenarios";

    private static final String ROOT = "rules/";

    public PolicyKnowledge {
        drl = List.copyOf(drl);
        scenarios = List.copyOf(scenarios);
    }

    /** The cues and rules that ship with the product. */
    public static PolicyKnowledge builtIn() {
        return new PolicyKnowledge(ROOT + CUES_FILE, resource(ROOT + CUES_FILE), builtIn(RULES_FOLDER, ".drl"),
                builtIn(SCENARIOS_FOLDER, ".yaml"));
    }

    /** The cues and rules of a rules folder, each falling back to the built-in ones when the folder has none. */
    public static PolicyKnowledge folder(Path folder) {
        PolicyKnowledge builtIn = null;
        Path cuesFile = folder.resolve(CUES_FILE);
        String cuesLocation;
        String cues;
        if (Files.isRegularFile(cuesFile)) {
            cuesLocation = cuesFile.toString();
            cues = readFile(cuesFile);
        } else {
            builtIn = builtIn();
            cuesLocation = builtIn.cuesLocation();
            cues = builtIn.cues();
        }
        Path rules = folder.resolve(RULES_FOLDER);
        if (!Files.isDirectory(rules)) {
            PolicyKnowledge fallback = builtIn == null ? builtIn() : builtIn;
            return new PolicyKnowledge(cuesLocation, cues, fallback.drl(), fallback.scenarios());
        }
        return new PolicyKnowledge(cuesLocation, cues, listFolder(rules, ".drl"),
                listFolder(folder.resolve(SCENARIOS_FOLDER), ".yaml"));
    }

    /** Writes cues, rules and scenarios into a rules folder, for {@code init-rules}. */
    public static void export(PolicyKnowledge builtIn, Path folder) throws IOException {
        Files.writeString(folder.resolve(CUES_FILE), builtIn.cues(), StandardCharsets.UTF_8);
        Path rules = Files.createDirectories(folder.resolve(RULES_FOLDER));
        for (DrlFile file : builtIn.drl()) {
            Files.writeString(rules.resolve(file.name()), file.text(), StandardCharsets.UTF_8);
        }
        Path scenarios = Files.createDirectories(folder.resolve(SCENARIOS_FOLDER));
        for (DrlFile file : builtIn.scenarios()) {
            Files.writeString(scenarios.resolve(file.name()), file.text(), StandardCharsets.UTF_8);
        }
    }

    private static List<DrlFile> listFolder(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted()
                    .map(p -> new DrlFile(p.getFileName().toString(), p.toString(), readFile(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DrlFile> builtIn(String subfolder, String suffix) {
        List<DrlFile> files = new ArrayList<>();
        for (String name : builtInNames(subfolder, suffix)) {
            String path = ROOT + subfolder + "/" + name;
            files.add(new DrlFile(name, path, resource(path)));
        }
        return files;
    }

    /** A jar cannot list a folder: list the jar's entries, or the directory when running from classes. */
    private static List<String> builtInNames(String subfolder, String suffix) {
        URL anchor = PolicyKnowledge.class.getClassLoader().getResource(ROOT + CUES_FILE);
        if (anchor == null) {
            throw new IllegalStateException(ROOT + CUES_FILE + " is missing from the class path");
        }
        String prefix = ROOT + subfolder + "/";
        try {
            if ("jar".equals(anchor.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) anchor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.endsWith(suffix) && n.indexOf('/', prefix.length()) < 0)
                            .map(n -> n.substring(prefix.length())).sorted().toList();
                }
            }
            Path folder = Path.of(anchor.toURI()).getParent().resolve(subfolder);
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(suffix)).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in policy-reading rules: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PolicyKnowledge.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
