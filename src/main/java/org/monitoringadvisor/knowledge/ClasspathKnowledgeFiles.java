package org.monitoringadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The built-in knowledge under {@code rules/} on the class path. A jar cannot list a resource folder, so the
 * folder is found through a file known to be in it and then listed from the jar or the directory.
 */
final class ClasspathKnowledgeFiles implements KnowledgeFiles {

    static final ClasspathKnowledgeFiles INSTANCE = new ClasspathKnowledgeFiles();

    private static final String ROOT = "rules/";
    private static final String ANCHOR = ROOT + "rulebase.yaml";

    private volatile List<String> names;

    private ClasspathKnowledgeFiles() {
    }

    @Override
    public List<String> names() {
        List<String> listed = names;
        if (listed == null) {
            listed = list();
            names = listed;
        }
        return listed;
    }

    private static List<String> list() {
        URL anchor = ClasspathKnowledgeFiles.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            throw new KnowledgeException(ANCHOR, "the built-in rule base is missing from the class path");
        }
        try {
            if ("jar".equals(anchor.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) anchor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(ROOT) && !n.endsWith("/") && n.indexOf('/', ROOT.length()) < 0)
                            .map(n -> n.substring(ROOT.length())).sorted().toList();
                }
            }
            Path folder = Path.of(anchor.toURI()).getParent();
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new KnowledgeException(ANCHOR, "cannot list the built-in rule base: " + e.getMessage());
        }
    }

    @Override
    public String read(String name) {
        try (InputStream in = ClasspathKnowledgeFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new KnowledgeException(location(name), "not found in the built-in rule base");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String location(String name) {
        return ROOT + name;
    }
}
