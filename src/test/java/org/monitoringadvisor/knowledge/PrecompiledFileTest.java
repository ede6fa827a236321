package org.monitoringadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reader of build-time files: used only while the texts they were made from are unchanged. */
class PrecompiledFileTest {

    private static final List<Map.Entry<String, String>> TEXTS = List.of(Map.entry("a.drl", "rule one"),
            Map.entry("b.drl", "rule two"));

    private static PrecompiledFile file(String format) {
        return new PrecompiledFile(format, ObjectOutputStream::new, ObjectInputStream::new);
    }

    private static String fingerprint(List<Map.Entry<String, String>> texts) {
        return PrecompiledFile.fingerprint(texts, Map.Entry::getKey, Map.Entry::getValue);
    }

    private static byte[] written(String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        file(format).write(bytes, fingerprint(TEXTS), out -> out.writeUTF("the body"));
        return bytes.toByteArray();
    }

    @Test
    void aFileIsReadBackForTheTextsItWasMadeFromOnly() throws IOException {
        var stored = file("f 1").read(new ByteArrayInputStream(written("f 1")), ObjectInputStream::readUTF);

        assertThat(stored.flatMap(s -> s.ifMadeFrom(fingerprint(TEXTS)))).contains("the body");
        assertThat(stored.flatMap(s -> s.ifMadeFrom(fingerprint(List.of(Map.entry("a.drl", "rule one")))))).isEmpty();
        assertThat(stored.flatMap(s -> s.ifMadeFrom(fingerprint(List.of(Map.entry("a.drl", "rule one"),
                Map.entry("b.drl", "rule two, edited")))))).isEmpty();
    }

    @Test
    void aFileOfAnotherFormatOrDamagedIsNotRead() throws IOException {
        assertThat(file("f 2").read(new ByteArrayInputStream(written("f 1")), ObjectInputStream::readUTF)).isEmpty();
        assertThat(file("f 1").read(new ByteArrayInputStream("damaged".getBytes()), ObjectInputStream::readUTF))
                .isEmpty();
        assertThat(file("f 1").read(new ByteArrayInputStream(written("f 1")), ObjectInputStream::readObject))
                .isEmpty();
    }

    @Test
    void theFingerprintTellsANameFromText() {
        assertThat(fingerprint(List.of(Map.entry("ab", "c")))).isNotEqualTo(fingerprint(List.of(Map.entry("a", "bc"))));
    }
}
