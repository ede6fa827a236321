import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.monitoringadvisor.cli.Cli;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Question;

/**
 * Renders every document the product writes, through its own command line in one JVM, so that two jars can be
 * compared byte for byte (bench/compare-reports.sh drives it). Run with the jar on the class path:
 *
 * <pre>
 * java -cp JAR bench/RenderReports.java answers DIR COUNT SEED   # COUNT random answers files, the same for the same seed
 * java -cp JAR bench/RenderReports.java render INPUTS OUT [BINARY_EVERY [THREADS]]
 * </pre>
 *
 * {@code render} reads every answers file under INPUTS and writes, per file, into OUT/NAME/: the report
 * ({@code assess}) in every format, the letter for the rep and for the employer and the short meeting brief in every
 * format ({@code brief}), and the comparison with the next file of its folder in every format ({@code compare}, the
 * last with the first; outside the {@code random} folder also the other way round). Word and PDF, three quarters of
 * the time when every file has them, are written for every file outside {@code random} and for every BINARY_EVERY-th random one
 * (default 10; 1 for all). Each command's exit code and messages go to OUT/NAME/log.txt, with INPUTS written as
 * {@code IN} and OUT as {@code OUT}. It also writes the question list ({@code questions}) and, when INPUTS has a
 * {@code random} folder, the survey of that folder ({@code survey --out}). Only the command line's public entry
 * point is called, so the same program runs against an old jar and a new one; every document comes out the same
 * whatever THREADS is (default 2).
 */
public class RenderReports {

    /** What {@code assess --help} and {@code compare --help} list. */
    private static final List<String> REPORT_FORMATS = List.of("text", "markdown", "html", "json", "docx", "pdf");
    /** What {@code brief --help} lists. */
    private static final List<String> LETTER_FORMATS = List.of("text", "markdown", "html", "docx", "pdf");
    /** The formats that take four fifths of the time. */
    private static final List<String> BINARY_FORMATS = List.of("docx", "pdf");

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "answers" -> answers(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "render" -> render(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 10,
                    args.length > 4 ? Integer.parseInt(args[4]) : 2);
            default -> throw new IllegalArgumentException(
                    "usage: RenderReports answers DIR COUNT SEED | render INPUTS OUT [BINARY_EVERY [THREADS]]");
        }
    }

    /**
     * Writes COUNT answers files of the built-in questions: anything from no answers to all of them (so rare
     * branches and "I don't know" come up), one employer (so each can be compared with the next), dates one day
     * apart (the last compared with the first is the wrong way round, which compare warns about), and the
     * optional header fields now and then. The employer's name has characters every format must escape.
     */
    private static void answers(Path dir, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<Question> questions = Advisor.builtIn().questions();
        Files.createDirectories(dir);
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < count; i++) {
            StringBuilder json = new StringBuilder("{\n");
            json.append("  \"employer\": \"O'Neill & <Partners> \\\"Ltd\\\"\",\n");
            json.append("  \"date\": \"").append(first.plusDays(i)).append("\",\n");
            if (random.nextBoolean()) {
                json.append("  \"workplace\": \"Site ").append(random.nextInt(20)).append("\",\n");
            }
            if (random.nextBoolean()) {
                json.append("  \"branch\": \"Branch ").append(random.nextInt(20)).append("\",\n");
            }
            if (random.nextBoolean()) {
                json.append("  \"prepared-by\": \"Rep ").append(random.nextInt(20)).append("\",\n");
            }
            json.append("  \"answers\": {");
            int skipOneIn = 1 + random.nextInt(8);
            String separator = "\n";
            for (Question question : questions) {
                if (random.nextInt(skipOneIn + 1) > 0) {
                    List<String> values = question.values();
                    json.append(separator).append("    \"").append(question.id()).append("\": \"")
                            .append(values.get(random.nextInt(values.size()))).append('"');
                    separator = ",\n";
                }
            }
            json.append("\n  }\n}\n");
            Files.writeString(dir.resolve(String.format("random-%05d.json", i)), json, StandardCharsets.UTF_8);
        }
    }

    private static void render(Path inputs, Path out, int binaryEvery, int threads) throws Exception {
        Normaliser normaliser = new Normaliser(inputs, out);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        int count = 0;
        for (List<Path> folder : answersFilesByFolder(inputs)) {
            boolean random = folder.get(0).getParent().equals(inputs.resolve("random"));
            for (int i = 0; i < folder.size(); i++) {
                Path file = folder.get(i);
                Path next = folder.get((i + 1) % folder.size());
                Path target = out.resolve(inputs.relativize(file).toString().replace('/', '_'));
                boolean binary = !random || i % binaryEvery == 0;
                done.add(pool.submit(() -> renderOne(file, next, !random, binary, target, normaliser)));
            }
            count += folder.size();
        }
        Path random = inputs.resolve("random");
        if (Files.isDirectory(random)) {
            done.add(pool.submit(() -> {
                Path folder = out.resolve("survey");
                StringBuilder log = new StringBuilder();
                run(log, folder, "summary.screen", "survey", random.toString(), "--threads", "1",
                        "--out", folder.toString());
                writeLog(folder, log, normaliser);
                return null;
            }));
        }
        done.add(pool.submit(() -> {
            Path folder = out.resolve("questions");
            StringBuilder log = new StringBuilder();
            run(log, folder, "questions.text", "questions", "--format", "text");
            run(log, folder, "questions.json", "questions", "--format", "json");
            writeLog(folder, log, normaliser);
            return null;
        }));
        for (Future<?> each : done) {
            each.get();
        }
        pool.shutdown();
        System.out.println(count + " answers files rendered into " + out);
    }

    /** The answers files under {@code inputs}, folder by folder, each folder's sorted by name. */
    private static List<List<Path>> answersFilesByFolder(Path inputs) throws IOException {
        try (Stream<Path> walk = Files.walk(inputs)) {
            Map<Path, List<Path>> byFolder = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(json|yaml|yml)"))
                    .sorted()
                    .collect(Collectors.groupingBy(Path::getParent, TreeMap::new, Collectors.toList()));
            return List.copyOf(byFolder.values());
        }
    }

    private static Void renderOne(Path file, Path next, boolean bothWays, boolean binary, Path folder,
            Normaliser normaliser) {
        StringBuilder log = new StringBuilder();
        String answers = file.toString();
        for (String format : formats(REPORT_FORMATS, binary)) {
            run(log, folder, "report." + format, "assess", "--answers", answers, "--format", format);
        }
        for (String format : formats(LETTER_FORMATS, binary)) {
            run(log, folder, "letter-rep." + format, "brief", "--answers", answers, "--format", format);
            run(log, folder, "letter-employer." + format, "brief", "--answers", answers, "--audience", "employer",
                    "--format", format);
            run(log, folder, "brief-short." + format, "brief", "--answers", answers, "--length", "short",
                    "--format", format);
        }
        for (String format : formats(REPORT_FORMATS, binary)) {
            run(log, folder, "compare-with-next." + format, "compare", answers, next.toString(), "--format", format);
            if (bothWays) {
                run(log, folder, "compare-next-with-this." + format, "compare", next.toString(), answers,
                        "--format", format);
            }
        }
        writeLog(folder, log, normaliser);
        return null;
    }

    private static List<String> formats(List<String> all, boolean binary) {
        return binary ? all : all.stream().filter(f -> !BINARY_FORMATS.contains(f)).toList();
    }

    /** Runs one command; what it prints (text or binary) goes to {@code name}, its exit code and messages to the log. */
    private static void run(StringBuilder log, Path folder, String name, String... args) {
        StringWriter text = new StringWriter();
        StringWriter errors = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(text), new PrintWriter(errors),
                bytes);
        ByteArrayOutputStream contents = new ByteArrayOutputStream();
        contents.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        contents.writeBytes(bytes.toByteArray());
        write(folder.resolve(name), contents.toByteArray());
        log.append(String.join(" ", args)).append(": exit ").append(code).append('\n').append(errors);
    }

    private static void writeLog(Path folder, StringBuilder log, Normaliser normaliser) {
        write(folder.resolve("log.txt"), normaliser.apply(log.toString()).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the inputs' and the outputs' folders in messages as IN and OUT, which differ between runs. */
    private record Normaliser(Path inputs, Path out) {
        String apply(String text) {
            return text.replace(out.toString(), "OUT").replace(inputs.toString(), "IN");
        }
    }

    private static void write(Path file, byte[] contents) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
