import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.monitoringadvisor.policy.PolicyReader;
import org.monitoringadvisor.policy.PolicyReading;

/**
 * Policy reading speed. {@code make OUT.pdf PAGES TEXT...} writes a PDF of PAGES pages from the text files (repeated
 * to fill them); {@code warm FILE RUNS} reads FILE RUNS times in one JVM after five warm-up reads and prints the
 * median and spread. Run with the built jar on the class path: java -cp target/monitoring-advisor.jar bench/...
 */
public class PolicyReadBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("make")) {
            make(Path.of(args[1]), Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
        } else {
            warm(Path.of(args[1]), Integer.parseInt(args[2]));
        }
    }

    private static void make(Path out, int pages, List<String> sources) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String source : sources) {
            for (String paragraph : Files.readString(Path.of(source)).replaceAll("<[^>]+>", "\n").split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.strip().split(" ")) {
                    if (line.length() + word.length() > 95) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(line.length() == 0 ? "" : " ").append(word);
                }
                lines.add(line.toString());
            }
        }
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            int next = 0;
            for (int page = 0; page < pages; page++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(15);
                    content.newLineAtOffset(50, 780);
                    for (int i = 0; i < 48; i++) {
                        content.showText(lines.get(next++ % lines.size()).replaceAll("[^\\x20-\\x7E]", " "));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out.toFile());
        }
    }

    private static void warm(Path file, int runs) {
        PolicyReader reader = PolicyReader.builtIn();
        PolicyReading reading = null;
        for (int i = 0; i < 5; i++) {
            reading = reader.read(file, LocalDate.now());
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            reader.read(file, LocalDate.now());
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.out.printf("warm read in one JVM (%s)            median %6.3f s   spread %.3f-%.3f s   (%d runs, %d suggestions)%n",
                file.getFileName(), times[runs / 2] / 1e9, times[0] / 1e9, times[runs - 1] / 1e9, runs,
                reading.suggestions().size());
    }
}
