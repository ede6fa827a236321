package org.monitoringadvisor.cli.interview;

import java.util.ArrayList;
import java.util.List;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;

/** After a changed answer: which findings appeared, which were withdrawn, and how many questions it opened. */
final class ChangeScreen {

    private ChangeScreen() {
    }

    static void show(Screen screen, Question question, String value, List<Finding> before, List<Finding> after,
                     int opened) {
        List<String> changes = new ArrayList<>();
        after.stream().filter(f -> before.stream().noneMatch(b -> b.id().equals(f.id())))
                .forEach(f -> changes.add("now " + Words.kind(f) + ": " + f.title()));
        before.stream().filter(b -> after.stream().noneMatch(f -> f.id().equals(b.id())))
                .forEach(b -> changes.add("no longer " + Words.kind(b) + ": " + b.title()));
        if (opened > 0) {
            changes.add("opens " + Words.count(opened, "new question, asked next", "new questions, asked next"));
        }
        screen.blank();
        String changed = "Changed to \"" + question.labelOf(value) + "\".";
        if (changes.isEmpty()) {
            screen.text(changed + " The findings stay the same.");
            return;
        }
        screen.text(changed + " What changes:");
        changes.forEach(c -> screen.wrapped("  - ", "    ", c));
    }
}
