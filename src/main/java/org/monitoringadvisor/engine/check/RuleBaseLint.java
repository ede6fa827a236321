package org.monitoringadvisor.engine.check;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.Position;

/**
 * The one checker of a rule base: reads every DRL file with Drools' own parser and checks the rules against the
 * catalogues, every problem at its file, line and column in plain words. The compiler runs it before Drools does
 * and stops at its errors; the authors' {@code check} shows its warnings too. It also rewords what the Drools
 * compiler says, so a mistake only the compiler finds reads the same way.
 */
public final class RuleBaseLint {

    /** The lint {@code check} made last, with the knowledge it checked (held softly, as {@link DrlReadings} are). */
    private record Made(Knowledge knowledge, RuleBaseLint lint) {
    }

    private static volatile SoftReference<Made> lastMade = new SoftReference<>(null);

    private final List<DrlFile> files;
    private final List<RuleProblem> problems;

    private RuleBaseLint(Knowledge knowledge, KnowledgeFiles catalogueFiles) {
        this.files = DrlReadings.of(knowledge.ruleFiles());
        Problems found = new Problems();
        files.forEach(file -> file.syntaxErrors().forEach(e -> found.error(e.position(), e.what())));
        Linter.lint(new LintInput(knowledge, files, new CatalogueLines(catalogueFiles)), found);
        this.problems = found.sorted();
    }

    /**
     * Checks loaded knowledge; warnings about catalogue entries (a question no rule asks) are placed at the start of
     * the catalogue file, since loaded knowledge keeps no lines.
     */
    public static RuleBaseLint of(Knowledge knowledge) {
        return new RuleBaseLint(Objects.requireNonNull(knowledge, "knowledge"), null);
    }

    /**
     * Checks knowledge loaded from {@code files}, placing warnings about catalogue entries at their lines.
     *
     * @param knowledge the rule base, loaded from {@code files}
     * @param files     its files, read again for the lines of catalogue entries
     */
    public static RuleBaseLint of(Knowledge knowledge, KnowledgeFiles files) {
        RuleBaseLint lint = new RuleBaseLint(Objects.requireNonNull(knowledge, "knowledge"),
                Objects.requireNonNull(files, "files"));
        lastMade = new SoftReference<>(new Made(knowledge, lint));
        return lint;
    }

    /**
     * The lint the compiler of {@code knowledge} needs: its errors, rules and readability, and its rewording of Drools'
     * messages, none of which depends on where warnings about catalogue entries are placed. That is the lint {@code
     * check} made of this very knowledge with {@link #of(Knowledge, KnowledgeFiles)} (on another thread, while Drools
     * compiled), if it made one, else {@link #of(Knowledge)}: for 1,000 rules the compiler's own lint took 20 ms at
     * the end of the compile, when nothing else was left to run.
     */
    public static RuleBaseLint forCompiler(Knowledge knowledge) {
        Made made = lastMade.get();
        return made != null && made.knowledge() == knowledge ? made.lint() : of(knowledge);
    }

    /** Every problem found, errors and warnings, in file, line and column order. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** The problems that stop the rule base from being used. */
    public List<RuleProblem> errors() {
        return problems.stream().filter(RuleProblem::isError).toList();
    }

    /** Whether Drools' parser read every DRL file; if not, the errors say where each stopped making sense. */
    public boolean readable() {
        return files.stream().allMatch(DrlFile::readable);
    }

    /** Every rule read, in file order, with where it starts and what it cites. */
    public List<RuleInfo> rules() {
        return files.stream().flatMap(f -> f.rules().stream())
                .map(r -> new RuleInfo(r.name(), r.position(), r.citations().stream().map(DrlRule.Citation::id)
                        .toList()))
                .toList();
    }

    /**
     * A message of the Drools compiler about one of the rule files, in plain words at the mistake's line and column;
     * empty when the message adds nothing to this checker's own ("Parser returned a null Package") or says in the
     * compiler's words what one of its errors already says at the same place.
     *
     * @param location the rule file's location, as in {@link Knowledge.RuleFile#location()}
     * @param line     the line Drools gave (0 or less for none)
     * @param column   the 0-based column Drools gave
     * @param error    whether Drools called it an error (else a warning)
     */
    public Optional<RuleProblem> compilerMessage(String location, int line, int column, String text, boolean error) {
        Optional<DrlFile> file = files.stream().filter(f -> f.source().location().equals(location)).findFirst();
        Optional<DrlRule.Located> said = file.isPresent() ? CompilerMessages.explain(file.get(), line, column, text)
                : Optional.of(new DrlRule.Located(text.strip().replaceAll("\\s+", " "),
                        new Position(location, Math.max(line, 1), Math.max(column + 1, 1))));
        return said.map(s -> new RuleProblem(s.position().file(), s.position().line(), s.position().column(),
                        error ? "error" : "warning", s.what()))
                .filter(p -> !saidHere(p));
    }

    private boolean saidHere(RuleProblem problem) {
        return problems.stream().anyMatch(p -> p.isError() && p.file().equals(problem.file())
                && p.line() == problem.line() && p.column() == problem.column());
    }
}
