package org.monitoringadvisor.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.monitoringadvisor.engine.Outcome;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Relevance;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.report.ReportBuilder;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/**
 * The pages, each one template over a plain map of what it shows. The wording a rep reads is in the templates; here
 * is only what goes into them. Nothing here shows an internal id: questions, answers and sources appear in words.
 */
final class Pages {

    private final WebInterview interview;
    private final Gate gate;
    private final NextTime nextTime;
    private final List<Download> downloads;

    Pages(WebInterview interview, Gate gate, NextTime nextTime, List<Download> downloads) {
        this.interview = interview;
        this.gate = gate;
        this.nextTime = nextTime;
        this.downloads = downloads;
    }

    /** The first page: what the interview is, and the employer's name (or, when resuming, where it carries on). */
    String welcome(String employer, String error) {
        Map<String, Object> page = common("Start", false);
        page.put("employer", employer);
        page.put("error", error);
        if (interview.policySuggestions() > 0 && !interview.started()) {
            page.put("policy", Map.of("suggested", count(interview.policySuggestions(), "answer", "answers")));
        }
        if (interview.carriedOn() > 0 || interview.started()) {
            page.put("resumed", Map.of("answers", count(interview.carriedOn(), "answer", "answers"),
                    "remaining", interview.remaining()));
        }
        return WebTemplates.render("welcome", page);
    }

    /** One question as a form: its options as radio buttons, the current answer chosen, help and Back. */
    String question(Question question, String error) {
        String current = interview.answerTo(question.id());
        Map<String, Object> page = common((error == null ? "" : "Problem: ") + question.text(), true);
        page.put("id", question.id());
        page.put("topic", question.topic());
        page.put("text", question.text());
        page.put("progress", current != null
                ? "Changing an earlier answer; it is now \"" + question.labelOf(current) + "\""
                : progress(interview.number(), interview.remaining() - 1));
        page.put("error", error);
        choices(page, question, current, null);
        page.put("button", current != null ? "Save and continue" : "Continue");
        help(page, question);
        Question previous = interview.previous(question);
        page.put("back", previous == null ? null : "/question/" + previous.id());
        return WebTemplates.render("question", page);
    }

    /**
     * An answer the employer's policy suggested, with the words it rests on and where they are: the suggested answer
     * chosen, so sending the form accepts it; any other choice replaces it.
     */
    String suggestion(Question question, String error) {
        String suggested = interview.answerTo(question.id());
        Map<String, Object> page = common((error == null ? "" : "Problem: ") + "Suggested by the policy: "
                + question.text(), true);
        int[] place = interview.suggestionPlace();
        page.put("id", question.id());
        page.put("topic", question.topic());
        page.put("text", question.text());
        page.put("number", place[0]);
        page.put("of", place[1]);
        page.put("policy", interview.policyFile().isEmpty() ? "the policy" : interview.policyFile());
        page.put("suggested", question.labelOf(suggested));
        page.put("quotes", interview.evidence(question).stream().map(e -> Map.of("quote", e.quote(),
                "where", e.where().isEmpty() ? "place not given" : e.where(), "confidence", e.confidence())).toList());
        page.put("error", error);
        choices(page, question, suggested, suggested);
        help(page, question);
        return WebTemplates.render("suggestion", page);
    }

    /** The answers as radio buttons, the current one chosen, the suggested one (if any) marked as such. */
    private static void choices(Map<String, Object> page, Question question, String current, String suggested) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Option option : question.options()) {
            options.add(Map.of("value", option.value(), "label", option.label()
                            + (option.value().equals(suggested) ? " (suggested by the policy)" : ""),
                    "checked", option.value().equals(current)));
        }
        page.put("options", options);
    }

    /** The help text and the guidance an answer is weighed against. */
    private void help(Map<String, Object> page, Question question) {
        page.put("help", question.help());
        page.put("unknownLabel", question.labelOf("unknown"));
        List<Map<String, String>> guidance = guidance(question.guidance().stream()
                .map(interview.advisor()::source).flatMap(Optional::stream).toList());
        page.put("guidance", guidance);
        page.put("hasGuidance", !guidance.isEmpty());
    }

    /** Why a question is asked now, and what each of its answers would lead to. */
    String why(Question question) {
        Map<String, Object> page = common("Why this question", true);
        page.put("id", question.id());
        page.put("text", question.text());
        List<String> reasons = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Relevance reason : interview.whyAsked(question)) {
            reasons.add((reason.because().isEmpty() ? "Every assessment asks it"
                    : "It is asked because " + because(reason.because())) + " (rule \"" + reason.rule() + "\").");
            reason.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        }
        if (reasons.isEmpty()) {
            reasons.add("No rule asks it at the moment; it is here because you chose to change it.");
        }
        question.guidance().forEach(id -> interview.advisor().source(id).ifPresent(s -> sources.putIfAbsent(id, s)));
        page.put("reasons", reasons);
        page.put("guidance", guidance(List.copyOf(sources.values())));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Outcome outcome : interview.outcomes(question)) {
            List<Map<String, String>> effects = new ArrayList<>();
            outcome.gained().forEach(f -> effects.add(Map.of("text", capitalised(kind(f)) + ": " + f.title(),
                    "css", css(f))));
            outcome.lost().forEach(f -> effects.add(Map.of("text", "No longer a " + kind(f) + ": " + f.title(),
                    "css", "lost")));
            outcome.opens().forEach(q -> effects.add(Map.of("text", "Then asks: " + q.text(), "css", "opens")));
            if (outcome.isEmpty()) {
                effects.add(Map.of("text", "No finding of its own.", "css", "none"));
            }
            outcomes.add(Map.of("label", outcome.option().label(), "effects", effects));
        }
        page.put("outcomes", outcomes);
        return WebTemplates.render("why", page);
    }

    /** Every answer so far, each with a link to change it. */
    String review() {
        Map<String, Object> page = common("Your answers", true);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Question question : interview.answered()) {
            rows.add(Map.of("id", question.id(), "question", question.text(),
                    "answer", question.labelOf(interview.answerTo(question.id()))));
        }
        page.put("rows", rows);
        page.put("hasRows", !rows.isEmpty());
        page.put("remaining", interview.remaining() > 0 ? count(interview.remaining(), "question", "questions")
                : null);
        return WebTemplates.render("review", page);
    }

    /** The findings in full, the downloads, the commands for next time and the Finish button. */
    String findings() {
        Map<String, Object> page = common("Findings", true);
        ReportInput input = interview.reportInput();
        Assessment assessment = input.assessment();
        page.put("employer", interview.employer().isEmpty() ? null : interview.employer());
        page.put("summary", TextReport.summary(assessment));
        page.put("remaining", interview.remaining() > 0 ? count(interview.remaining(), "question is", "questions are")
                : null);
        // Each finding's place on the page names its anchor, so the lead-with points link to it without an id.
        Map<String, String> anchors = new HashMap<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            List<Map<String, Object>> views = new ArrayList<>();
            for (Finding found : assessment.findings(kind)) {
                String anchor = "finding-" + (anchors.size() + 1);
                anchors.put(found.id(), anchor);
                views.add(finding(found, anchor));
            }
            if (!views.isEmpty()) {
                groups.add(Map.of("heading", heading(kind), "findings", views));
            }
        }
        page.put("groups", groups);
        List<Map<String, Object>> leads = ReportBuilder.build(input).leadWith().stream()
                .map(lead -> Map.<String, Object>of("title", lead.title(), "ask", lead.ask(), "footing", lead.footing(),
                        "anchor", anchors.get(lead.id()))).toList();
        page.put("leads", leads);
        page.put("hasLeads", !leads.isEmpty());
        page.put("none", assessment.findings().isEmpty());
        Map<String, List<Map<String, String>>> byDocument = new LinkedHashMap<>();
        for (Download download : downloads) {
            byDocument.computeIfAbsent(download.document(), d -> new ArrayList<>())
                    .add(Map.of("name", download.name(), "label", download.label()));
        }
        page.put("documents", byDocument.entrySet().stream().map(e -> Map.of("title", documentTitle(e.getKey()),
                "formats", e.getValue())).toList());
        commands(page);
        return WebTemplates.render("findings", page);
    }

    /** After Finish: where the answers are and how to carry on. */
    String finished() {
        Map<String, Object> page = common("Finished", false);
        page.put("saved", interview.file() != null && !interview.answers().isEmpty());
        commands(page);
        return WebTemplates.render("finished", page);
    }

    /** A page that says what went wrong in words, never with a stack trace. */
    static String problem(String heading, String message) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", heading);
        page.put("heading", heading);
        page.put("message", message);
        return WebTemplates.render("problem", page);
    }

    private Map<String, Object> common(String title, boolean nav) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", title);
        page.put("nav", nav);
        page.put("csrf", gate.formToken());
        page.put("saveProblem", interview.saveProblem());
        page.put("notice", interview.takeNotice());
        page.put("file", interview.file() == null ? null : interview.file().toString());
        return page;
    }

    private void commands(Map<String, Object> page) {
        List<Map<String, String>> commands = interview.file() == null ? List.of() : nextTime.commands(interview.file());
        page.put("commands", commands);
        page.put("hasCommands", !commands.isEmpty());
    }

    private Map<String, Object> finding(Finding finding, String anchor) {
        Map<String, Object> view = new HashMap<>();
        view.put("anchor", anchor);
        view.put("title", finding.title());
        view.put("css", css(finding));
        view.put("badge", finding.kind() == FindingKind.GAP ? finding.priority().id() + " priority" : null);
        view.put("advice", finding.advice());
        view.put("points", finding.points());
        view.put("hasPoints", !finding.points().isEmpty());
        view.put("because", finding.because().isEmpty() ? null : because(finding.because()));
        view.put("sources", finding.sources().stream().map(Source::citation).collect(Collectors.joining("; ")));
        return view;
    }

    private static List<Map<String, String>> guidance(List<Source> sources) {
        return sources.stream().map(s -> Map.of("kind", s.kind().label(), "summary", s.summary(),
                "citation", s.citation())).toList();
    }

    /** "Question 5, about 7 to go", as the console says it. */
    static String progress(int number, int after) {
        String position = "Question " + number;
        return after <= 0 ? position + ", the last one unless your answer opens more"
                : position + ", about " + after + " to go";
    }

    private static String because(List<Reason> reasons) {
        return reasons.stream().map(r -> "you answered \"" + r.valueLabel() + "\" to \"" + r.questionText() + "\"")
                .collect(Collectors.joining("; "));
    }

    private static String kind(Finding finding) {
        return switch (finding.kind()) {
            case GAP -> "gap (" + finding.priority().id() + " priority)";
            case ASK -> "question for management";
            case STRENGTH -> "strength";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String css(Finding finding) {
        return finding.kind() == FindingKind.GAP ? finding.priority().id() : finding.kind().name().toLowerCase();
    }

    private static String heading(FindingKind kind) {
        return switch (kind) {
            case GAP -> "Gaps to negotiate, most urgent first";
            case ASK -> "Questions to put to management";
            case STRENGTH -> "Strengths to build on";
        };
    }

    private static String documentTitle(String document) {
        return switch (document) {
            case "report" -> "The report";
            case "letter" -> "The letter to management, with your cover note and background";
            case "letter-to-management" -> "The letter alone, ready to send once the [bracketed] parts are filled in";
            case "brief" -> "The short brief: at most two pages for you to take into the meeting";
            default -> document;
        };
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
