package org.monitoringadvisor.engine.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.Position;

/** Collects problems as the checks find them and gives them back once each, in file, line and column order. */
public final class Problems {

    /** The order problems are listed in: by file, line and column, then errors first, then by message. */
    static final Comparator<RuleProblem> ORDER = Comparator.comparing(RuleProblem::file)
            .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)
            .thenComparing(p -> p.isError() ? 0 : 1).thenComparing(RuleProblem::message);

    private final Set<RuleProblem> found = new LinkedHashSet<>();

    public void error(Position at, String message) {
        found.add(RuleProblem.error(at.file(), at.line(), at.column(), message));
    }

    public void warning(Position at, String message) {
        found.add(new RuleProblem(at.file(), at.line(), at.column(), "warning", message));
    }

    public void add(RuleProblem problem) {
        found.add(problem);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(RuleProblem::isError);
    }

    public List<RuleProblem> sorted() {
        List<RuleProblem> problems = new ArrayList<>(found);
        problems.sort(ORDER);
        return problems;
    }
}
