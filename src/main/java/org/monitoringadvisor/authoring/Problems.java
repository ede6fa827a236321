package org.monitoringadvisor.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.Position;

/** Collects problems as the checks find them and gives them back once each, in file, line and column order. */
final class Problems {

    /** The order problems are listed in: by file, line and column, then errors first, then by message. */
    static final Comparator<RuleProblem> ORDER = Comparator.comparing(RuleProblem::file)
            .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)
            .thenComparing(p -> p.isError() ? 0 : 1).thenComparing(RuleProblem::message);

    private final Set<RuleProblem> found = new LinkedHashSet<>();

    void error(Position at, String message) {
        found.add(RuleProblem.error(at.file(), at.line(), at.column(), message));
    }

    void warning(Position at, String message) {
        found.add(new RuleProblem(at.file(), at.line(), at.column(), "warning", message));
    }

    void add(RuleProblem problem) {
        found.add(problem);
    }

    boolean hasErrors() {
        return found.stream().anyMatch(RuleProblem::isError);
    }

    List<RuleProblem> sorted() {
        List<RuleProblem> problems = new ArrayList<>(found);
        problems.sort(ORDER);
        return problems;
    }
}
