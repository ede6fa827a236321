package example.branchsurvey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.engine.InvalidAnswerException;
import org.monitoringadvisor.model.Question;

/**
 * A branch's own survey tool that embeds Monitoring Advisor: it asks the questions itself, one at a time, in its
 * own words around them, and lets the rep go back and change any answer. The rule module decides which question
 * comes next and what the answers mean.
 *
 * <p>Each line typed answers the question on screen (its number, or its value such as {@code banned}), or is
 * {@code question-id=value} to give or change any answer, {@code why} (why this question is asked),
 * {@code findings}, or {@code quit}. At the end, or at {@code quit}, it prints the findings.
 */
public final class BranchSurvey {

    private final Advisor advisor;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean echo;

    BranchSurvey(Advisor advisor, BufferedReader in, PrintStream out, boolean echo) {
        this.advisor = advisor;
        this.in = in;
        this.out = out;
        this.echo = echo;
    }

    public static void main(String[] args) throws IOException {
        // Compiles the rules once; an application would keep this one Advisor and share it between users.
        Advisor advisor = Advisor.builtIn();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // When the answers come from a script rather than a person, show them so the transcript reads well.
        new BranchSurvey(advisor, in, out, System.console() == null).run();
    }

    void run() throws IOException {
        out.println("Branch survey: how does your employer monitor email, internet and social media use?");
        out.println("(advice from Monitoring Advisor, rule base " + advisor.version() + ")");
        try (Interview interview = advisor.startInterview()) {
            Optional<Question> current = interview.next();
            while (current.isPresent()) {
                Screens.question(out, current.get(), interview.remaining().size());
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("quit")) {
                    break;
                }
                if (echo) {
                    out.println("> " + line.strip());
                }
                handle(interview, current.get(), line.strip());
                current = interview.next();
            }
            out.println();
            out.println(interview.next().isEmpty() ? "Survey complete." : "Survey stopped; "
                    + interview.remaining().size() + " relevant questions were not answered.");
            Screens.findings(out, interview.findings());
        }
    }

    private void handle(Interview interview, Question question, String line) {
        try {
            if (line.equalsIgnoreCase("why")) {
                Screens.why(out, interview.whyAsked(question.id()));
            } else if (line.equalsIgnoreCase("findings")) {
                Screens.findings(out, interview.findings());
            } else if (line.contains("=")) {
                change(interview, line);
            } else {
                interview.answer(question.id(), valueOf(question, line));
            }
        } catch (InvalidAnswerException e) {
            // The library names the question and lists what is allowed; the tool only has to show it.
            out.println("  Not understood: " + e.getMessage());
        }
    }

    /** {@code question-id=value}: gives or changes any answer; what rested on the old answer goes with it. */
    private void change(Interview interview, String line) {
        String id = line.substring(0, line.indexOf('=')).strip();
        String value = line.substring(line.indexOf('=') + 1).strip();
        List<String> before = interview.remaining().stream().map(Question::id).toList();
        boolean changing = interview.answers().containsKey(id);
        interview.answer(id, valueOf(advisor.question(id).orElse(null), value));
        List<String> after = interview.remaining().stream().map(Question::id).toList();
        out.println("  " + (changing ? "Changed " : "Answered ") + id + "; " + after.size() + " still to ask."
                + listed(" Now also asking: ", after.stream().filter(q -> !before.contains(q)).toList())
                + listed(" No longer asking: ", before.stream().filter(q -> !after.contains(q) && !q.equals(id)).toList()));
    }

    private static String listed(String heading, List<String> ids) {
        return ids.isEmpty() ? "" : heading + String.join(", ", ids) + ".";
    }

    /** An option's number on screen, or the value itself. */
    private static String valueOf(Question question, String typed) {
        if (question != null && typed.matches("\\d+")) {
            int number = Integer.parseInt(typed);
            if (number >= 1 && number <= question.options().size()) {
                return question.options().get(number - 1).value();
            }
        }
        return typed.toLowerCase(Locale.ROOT);
    }
}
