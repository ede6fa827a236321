package org.monitoringadvisor.knowledge;

import java.util.List;

/**
 * Everything a rule base is made of, loaded and checked: its description, the three catalogues, and the DRL
 * files (not yet compiled). A broken file fails here with a {@link KnowledgeException} naming it.
 */
public record Knowledge(RuleBaseInfo info, QuestionCatalogue questions, SourceCatalogue sources,
                        FindingCatalogue findings, List<RuleFile> ruleFiles) {

    /** The metadata key rules cite their guidance ids under: {@code @guidance("a, b")}. */
    public static final String GUIDANCE_METADATA = "guidance";

    /** A DRL file's name, where it is (for messages) and its text. */
    public record RuleFile(String name, String location, String text) {
    }

    public Knowledge {
        ruleFiles = List.copyOf(ruleFiles);
    }

    /** Loads and checks the knowledge in {@code files}. */
    public static Knowledge load(KnowledgeFiles files) {
        RuleBaseInfo info = RuleBaseInfo.load(files);
        QuestionCatalogue questions = QuestionCatalogue.load(files);
        SourceCatalogue sources = SourceCatalogue.load(files);
        FindingCatalogue findings = FindingCatalogue.load(files);
        checkQuestionGuidance(files, questions, sources);
        checkChangeGuidance(files, info, sources);
        checkRebuttalGuidance(findings, sources);
        checkElementFindings(files, findings, sources);
        List<RuleFile> ruleFiles = files.names().stream().filter(n -> n.endsWith(".drl"))
                .map(n -> new RuleFile(n, files.location(n), files.read(n))).toList();
        if (ruleFiles.isEmpty()) {
            throw new KnowledgeException(files.location(""), "has no .drl files");
        }
        return new Knowledge(info, questions, sources, findings, ruleFiles);
    }

    private static void checkChangeGuidance(KnowledgeFiles files, RuleBaseInfo info, SourceCatalogue sources) {
        info.changesSinceGuide().changes().forEach(change -> change.guidance().forEach(id -> {
            if (sources.find(id).isEmpty()) {
                throw new KnowledgeException(files.location(RuleBaseInfo.FILE) + ": change \"" + change.id() + "\"",
                        "cites guidance \"" + id + "\", which is not in " + SourceCatalogue.FILE);
            }
        }));
    }

    private static void checkElementFindings(KnowledgeFiles files, FindingCatalogue findings,
                                             SourceCatalogue sources) {
        sources.elements().forEach(element -> {
            checkElementFindings(files, findings, element.id(), "in-place-with", sources.inPlaceWith(element.id()));
            checkElementFindings(files, findings, element.id(), "not-applicable-with",
                    sources.notApplicableWith(element.id()));
        });
    }

    private static void checkElementFindings(KnowledgeFiles files, FindingCatalogue findings, String element,
                                             String key, List<String> named) {
        named.forEach(id -> {
            if (findings.find(id).isEmpty()) {
                throw new KnowledgeException(files.location(SourceCatalogue.FILE) + ": guidance point \""
                        + element + "\"", key + " names finding \"" + id
                        + "\", which is not in any .findings.yaml file");
            }
        });
    }

    private static void checkRebuttalGuidance(FindingCatalogue findings, SourceCatalogue sources) {
        findings.all().forEach(finding -> finding.rebuttals().forEach(rebuttal -> rebuttal.guidance().forEach(id -> {
            if (sources.find(id).isEmpty()) {
                throw new KnowledgeException(finding.place() + ": finding \"" + finding.id() + "\"",
                        "a rebuttal cites guidance \"" + id + "\", which is not in " + SourceCatalogue.FILE);
            }
        })));
    }

    private static void checkQuestionGuidance(KnowledgeFiles files, QuestionCatalogue questions,
                                              SourceCatalogue sources) {
        questions.all().forEach(q -> q.guidance().forEach(id -> {
            if (sources.find(id).isEmpty()) {
                throw new KnowledgeException(files.location(QuestionCatalogue.FILE) + ": question \"" + q.id() + "\"",
                        "cites guidance \"" + id + "\", which is not in " + SourceCatalogue.FILE);
            }
        }));
    }
}
