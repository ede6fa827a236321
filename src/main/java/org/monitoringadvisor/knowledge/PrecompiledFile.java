package org.monitoringadvisor.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A file the build makes from knowledge files (rules compiled at build time), and the one way such a file is
 * written and read. It starts with its format, so a file of an older layout is ignored rather than misread, and a
 * fingerprint of the texts it was made from, so it is used only while they are unchanged: a caller that gets
 * nothing back (no file, another format, a damaged file, other texts) does the slow, always-right thing instead.
 * What follows the two is the caller's, in the object streams it opens (Drools wants its own, with its class
 * loader).
 */
public final class PrecompiledFile {

    /** Writes what follows the format and fingerprint. */
    @FunctionalInterface
    public interface Body {
        void write(ObjectOutputStream out) throws IOException;
    }

    /** Reads what follows the format and fingerprint. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(ObjectInputStream in) throws IOException, ClassNotFoundException;
    }

    /** Opens an object stream to write, over a buffered stream. */
    @FunctionalInterface
    public interface OutputOpener {
        ObjectOutputStream open(OutputStream out) throws IOException;
    }

    /** Opens an object stream to read, over a buffered stream. */
    @FunctionalInterface
    public interface InputOpener {
        ObjectInputStream open(InputStream in) throws IOException;
    }

    /** What a file held: the fingerprint of the texts it was made from, and its body, read. */
    public record Stored<T>(String fingerprint, T body) {

        /** The body, if the file was made from texts with this fingerprint. */
        public Optional<T> ifMadeFrom(String texts) {
            return fingerprint.equals(texts) ? Optional.of(body) : Optional.empty();
        }
    }

    private final String format;
    private final OutputOpener output;
    private final InputOpener input;

    /**
     * @param format a line naming the file's kind and layout; change it whenever the layout changes
     * @param output opens the object stream the body is written to
     * @param input  opens the object stream the body is read from
     */
    public PrecompiledFile(String format, OutputOpener output, InputOpener input) {
        this.format = format;
        this.output = output;
        this.input = input;
    }

    /** A new file at {@code target} for the build to write one to, its folder made if need be. */
    public static OutputStream newFile(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return Files.newOutputStream(target);
    }

    /** Writes the format, the fingerprint and the body to {@code out}, and closes it. */
    public void write(OutputStream out, String fingerprint, Body body) throws IOException {
        try (ObjectOutputStream objects = output.open(new BufferedOutputStream(out))) {
            objects.writeUTF(format);
            objects.writeUTF(fingerprint);
            body.write(objects);
        }
    }

    /**
     * The file named {@code resource} on {@code loader}'s class path, read; empty if there is none, or it is of
     * another format or cannot be read.
     */
    public <T> Optional<Stored<T>> readResource(ClassLoader loader, String resource, BodyReader<T> body) {
        InputStream in = loader.getResourceAsStream(resource);
        return in == null ? Optional.empty() : read(in, body);
    }

    /** The file in {@code in}, read and closed; empty if it is of another format or cannot be read. */
    public <T> Optional<Stored<T>> read(InputStream in, BodyReader<T> body) {
        try (ObjectInputStream objects = input.open(new BufferedInputStream(in))) {
            if (!format.equals(objects.readUTF())) {
                return Optional.empty();
            }
            String fingerprint = objects.readUTF();
            return Optional.of(new Stored<>(fingerprint, body.read(objects)));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // Written by another version of a library, or damaged: the caller's slow path is always right.
            return Optional.empty();
        }
    }

    /**
     * A fingerprint of the names and texts of {@code files}, in their order: what a file was made from. Two
     * checksums (CRC-32C and CRC-32, 64 bits together) and the length: enough to tell an edited file, which is all
     * it is for, and quick in a cold JVM, where the interpreter runs both on the processor's own instructions. A
     * SHA-256 of the built-in catalogues' 116,000 characters took 35-150 ms there, longer than parsing some of them.
     */
    public static <F> String fingerprint(List<F> files, Function<F, String> name, Function<F, String> text) {
        CRC32C crc32c = new CRC32C();
        CRC32 crc32 = new CRC32();
        long length = 0;
        for (F file : files) {
            for (String part : List.of(name.apply(file), text.apply(file))) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                crc32c.update(bytes);
                crc32.update(bytes);
                crc32c.update(0);
                crc32.update(0);
                length += bytes.length + 1;
            }
        }
        return Long.toHexString(crc32c.getValue()) + "-" + Long.toHexString(crc32.getValue()) + "-" + length;
    }
}
