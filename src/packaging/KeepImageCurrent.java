import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps the app image in target/dist in use after a build that skipped it ({@code -Dapp.image.skip}) but made the
 * same jar again. bin/monitoring-advisor runs the image only while its start-up cache is not older than
 * target/monitoring-advisor.jar, so every rebuild of the jar sent it back to the slower jar. The jar is the same
 * bytes from one build of the same sources to the next (the pom fixes its times; the rules are precompiled one after
 * another), and scripts/app-image-linux.sh records the SHA-256 of the jar it built the image from; a jar with that
 * checksum gets the cache's time, so the launcher sees an image that is still current. A changed jar is left newer.
 *
 * <p>Usage, at build time (the pom runs it on every package, before the class-data archive records the jar's time):
 * {@code java src/packaging/KeepImageCurrent.java JAR DIST_DIR}. Does nothing when DIST_DIR holds no image. Java, not a
 * shell script, so that a package on Windows or macOS (scripts/installer-*) runs it too.
 */
public final class KeepImageCurrent {

    private static final String NAME = "monitoring-advisor";

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 2) {
            System.err.println("usage: java src/packaging/KeepImageCurrent.java JAR DIST_DIR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path dist = Path.of(args[1]);
        Path cache = dist.resolve(NAME).resolve("lib/app").resolve(NAME + ".aot");
        Path builtFrom = dist.resolve(NAME + ".built-from");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(cache) || !Files.isRegularFile(builtFrom)) {
            return;
        }
        if (sha256(jar).equals(Files.readString(builtFrom).strip())) {
            Files.setLastModifiedTime(jar, Files.getLastModifiedTime(cache));
            System.out.println("app image: " + dist.resolve(NAME) + " was built from this same jar and stays in use");
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
