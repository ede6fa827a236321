package org.monitoringadvisor.engine.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.io.Resource;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/**
 * A rule base's DRL files parsed once for both Drools' build and this checker. {@code check} lints the rules while
 * Drools compiles them, and each had Drools' parser read every file: 173 KB of DRL (1,000 rules) take it 0.12 s of CPU
 * even once compiled, since its lexer's identifier rule is too large a method for the JIT and stays interpreted. The
 * build parses them here instead, each file with the resource Drools would have parsed it with, and the checker's
 * reading of each is taken at once, before Drools' build changes the parsed packages (it fills in class names and
 * rewrites consequences); {@link RuleBaseLint} of these files then finds it.
 */
public final class ParsedRuleFiles {

    private final List<RuleFile> ruleFiles;
    private final CompletableFuture<List<DrlFile>> readings;

    private ParsedRuleFiles(List<RuleFile> ruleFiles) {
        this.ruleFiles = List.copyOf(ruleFiles);
        this.readings = DrlReadings.promise(this.ruleFiles);
    }

    /**
     * Promises the parse of {@code ruleFiles}: from now until {@link #parse} or {@link #abandon}, the checker's reading
     * of exactly these files waits for this one.
     */
    public static ParsedRuleFiles promise(List<RuleFile> ruleFiles) {
        return new ParsedRuleFiles(ruleFiles);
    }

    /**
     * Parses every file, {@code resources} giving the resource to parse each with; the packages parsed, in file order,
     * or empty if a file did not parse (the checker says where; Drools then reads the files itself).
     */
    public Optional<List<PackageDescr>> parse(Function<RuleFile, Resource> resources) {
        try {
            List<DrlFile> read = new ArrayList<>();
            List<PackageDescr> parsed = new ArrayList<>();
            for (RuleFile file : ruleFiles) {
                DrlReader.Reading reading = DrlReader.read(file.location(), file.text(), resources.apply(file));
                read.add(reading.file());
                parsed.add(reading.parsed());
            }
            readings.complete(List.copyOf(read));
            return parsed.contains(null) ? Optional.empty() : Optional.of(parsed);
        } catch (RuntimeException | Error e) {
            readings.completeExceptionally(e);
            throw e;
        }
    }

    /** Gives up the parse promised, if it was not made: the checker then reads the files itself. */
    public void abandon() {
        readings.completeExceptionally(new IllegalStateException("the rule files were not parsed"));
    }
}
