package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.knowledge.BuiltInCopy;

/**
 * Ids written in the DRL that the catalogues do not know stop the compiler, reported by the one rule-base checker
 * at the id's line and column (its opening quote).
 */
class NamedIdCheckTest {

    @TempDir
    Path folder;

    @Test
    void anUnknownFindingAndAnUnknownQuestionAreNamedWhereTheyAreWritten() throws Exception {
        BuiltInCopy.into(folder);
        Files.writeString(folder.resolve("extra.drl"), """
                package rules;

                import org.monitoringadvisor.model.*;

                rule "A rule naming a finding nobody worded"
                    @guidance("unison-2014/balanced-agreement")
                when
                    Answer( question == "policy-exists", value == "no" )
                then
                    insertLogical( new Conclusion( "no-such-finding" ) );
                end

                rule "A rule asking a question nobody wrote"
                    @guidance("unison-2014/balanced-agreement")
                when
                then
                    insertLogical(   new Ask( "no-such-question" ) );
                end
                """);

        assertThatThrownBy(() -> Advisor.fromFolder(folder)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("extra.drl:10:36: error: unknown finding \"no-such-finding\"")
                .hasMessageContaining("extra.drl:17:31: error: unknown question \"no-such-question\"");
    }
}
