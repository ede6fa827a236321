import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar that are older than Java 6 (major version below 50) as Java 8 class files, with
 * the stack map frames ASM computes for them; every other entry is copied as it is, in the same order.
 *
 * <p>Why: a JVM's start-up cache (Java 17's class-data archive, Java 25's AOT cache) cannot hold a class file that
 * old, nor any class that extends or implements one. In this app those are the ANTLR 3 runtime and MVEL's copy of
 * ASM, so Drools' DRL parsers (built on ANTLR) and its field-reader classes (on MVEL's ASM) were read and verified
 * from the jar at every start, and, because cached classes refer to them, during the JVM's own start, before the
 * program's first line. The rewrite changes no instruction: the frames only let the JVM's verifier check the same
 * code the quicker way. A class ASM cannot rewrite (old subroutine instructions) is kept as it was, and named.
 *
 * <p>Usage, at build time (the pom runs it on the merged jar): {@code java --class-path ASM_JAR
 * src/packaging/ModernClassFiles.java JAR}. The jar is replaced only once the new one is complete.
 */
public final class ModernClassFiles {

    private static final int OLDEST_CACHEABLE = 50;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java --class-path ASM_JAR src/packaging/ModernClassFiles.java JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path rewritten = Files.createTempFile(jar.toAbsolutePath().getParent(), "modern-", ".jar");
        int changed = 0;
        List<String> kept = new ArrayList<>();
        try (ZipFile in = new ZipFile(jar.toFile());
             URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                     ClassLoader.getPlatformClassLoader());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream read = in.getInputStream(entry)) {
                    bytes = read.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < OLDEST_CACHEABLE) {
                    try {
                        bytes = modernised(bytes, classes);
                        changed++;
                    } catch (RuntimeException e) {
                        kept.add(entry.getName() + " (" + e.getMessage() + ")");
                    }
                }
                write(out, entry, bytes);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(rewritten);
            throw e;
        }
        try {
            Files.setPosixFilePermissions(rewritten, Files.getPosixFilePermissions(jar));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary file's permissions are the usual ones there
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("modern class files: " + changed + " rewritten as Java 8 in " + jar.getFileName()
                + (kept.isEmpty() ? "" : "; kept as they were: " + String.join(", ", kept)));
    }

    private static int majorVersion(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class as a Java 8 class file with computed frames; its superclasses are looked up in the jar itself. */
    private static byte[] modernised(byte[] classFile, ClassLoader classes) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** Writes the entry as it was (name, time, comment, stored or compressed) with {@code bytes} as its content. */
    private static void write(ZipOutputStream out, ZipEntry original, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(original.getName());
        entry.setTime(original.getTime());
        entry.setComment(original.getComment());
        entry.setExtra(original.getExtra());
        entry.setMethod(original.getMethod());
        if (original.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    private ModernClassFiles() {
    }
}
