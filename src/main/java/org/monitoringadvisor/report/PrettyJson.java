package org.monitoringadvisor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * The one style of every JSON document this product prints (reports, comparisons, the questionnaire, survey
 * summaries, the HTTP service's answers): two-space indents, one field a line, a newline at the end. Answers files
 * have a format of their own ({@code answers.AnswersFileWriter}).
 */
public final class PrettyJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private PrettyJson() {
    }

    /** {@code value} (maps, lists, records, texts and numbers) as pretty-printed JSON ending with a newline. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
