package org.monitoringadvisor.cli.interview;

import java.util.List;
import java.util.Optional;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Source;

/** {@code help}: what a question means, where to look for the answer, and the guidance the answer feeds. */
final class HelpScreen {

    private HelpScreen() {
    }

    static void show(Screen screen, Advisor advisor, Question question) {
        screen.heading("About this question");
        screen.wrapped("  ", "  ", question.help());
        screen.wrapped("  ", "  ", "If you are not sure, choose \"" + question.labelOf("unknown")
                + "\": that becomes a question to put to management.");
        List<Source> guidance = question.guidance().stream().map(advisor::source).flatMap(Optional::stream).toList();
        if (!guidance.isEmpty()) {
            screen.blank();
            screen.wrapped("  ", "  ", "Your answer is weighed against:");
            GuidanceList.show(screen, guidance);
        }
    }
}
