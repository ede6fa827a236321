package org.monitoringadvisor.authoring;

import java.io.IOException;
import java.io.InputStream;
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
import org.monitoringadvisor.knowledge.KnowledgeException;

/**
 * Lists and reads the files of one resource folder on the class path, from the jar or from a directory (a jar
 * cannot list a folder through the class loader, so the folder is found and listed directly).
 */
final class ClasspathFolder {

    private final String folder;

    /** @param folder the folder's resource path, ending in {@code /} */
    ClasspathFolder(String folder) {
        this.folder = folder;
    }

    /** The names of the files directly in the folder, sorted; none when the folder is not there. */
    List<String> names() {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(folder) && !n.endsWith("/") && n.indexOf('/', folder.length()) < 0)
                            .map(n -> n.substring(folder.length())).sorted().toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new KnowledgeException(folder, "cannot list the built-in files: " + e.getMessage());
        }
    }

    /** The text of one file of the folder. */
    String read(String name) {
        try (InputStream in = ClasspathFolder.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new KnowledgeException(folder + name, "not found in the built-in files");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeException(folder + name, "cannot be read: " + e.getMessage());
        }
    }

    /** The file's location as shown in messages. */
    String location(String name) {
        return folder + name;
    }
}
