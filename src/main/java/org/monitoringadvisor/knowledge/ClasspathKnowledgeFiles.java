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
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The built-in knowledge under {@code rules/} on the class path. A jar cannot list a resource folder, so the
 * folder is found through a file known to be in it and then listed from the jar or the directory. The build reads
 * the catalogues into a compact form ({@link CompactCatalogues}) with the names of the files; while the texts are
 * those it read, their trees are taken from there and a jar's names too, instead of parsing and walking the jar.
 */
final class ClasspathKnowledgeFiles implements KnowledgeFiles {

    static final ClasspathKnowledgeFiles INSTANCE = new ClasspathKnowledgeFiles();

    private static final String ROOT = "rules/";
    private static final String ANCHOR = ROOT + "rulebase.yaml";

    private volatile List<String> names;
    /** The compact catalogues, once checked against the texts; null until first needed. */
    private volatile Optional<CompactCatalogues.Trees> compact;

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

    private List<String> list() {
        URL anchor = ClasspathKnowledgeFiles.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            throw new KnowledgeException(ANCHOR, "the built-in rule base is missing from the class path");
        }
        try {
            if ("jar".equals(anchor.getProtocol())) {
                // The jar the build made holds the names it listed; a folder on the class path is listed, cheaply.
                Optional<List<String>> indexed = compact().map(CompactCatalogues.Trees::names);
                if (indexed.isPresent()) {
                    return indexed.get();
                }
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
    public YamlNode yaml(String name) {
        YamlNode tree = compact().map(trees -> trees.trees().get(name)).orElse(null);
        return tree != null ? tree : KnowledgeFiles.super.yaml(name);
    }

    private Optional<CompactCatalogues.Trees> compact() {
        Optional<CompactCatalogues.Trees> trees = compact;
        if (trees == null) {
            trees = CompactCatalogues.readBuiltIn().flatMap(stored -> CompactCatalogues.ifMadeFrom(stored, this));
            compact = trees;
        }
        return trees;
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
