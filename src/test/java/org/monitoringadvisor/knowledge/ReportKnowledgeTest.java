package org.monitoringadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge reports rest on is data a rule author edits: elements in sources.yaml, proposals on gaps. */
class ReportKnowledgeTest {

    @TempDir
    Path dir;

    /** A copy of the built-in knowledge in a folder, to edit. */
    private Path copyOfBuiltIn() throws Exception {
        return BuiltInCopy.into(dir);
    }

    @Test
    void theElementsAreThePointsMarkedInTheSourceCatalogue() throws Exception {
        Path folder = copyOfBuiltIn();
        Path sources = folder.resolve("sources.yaml");
        Files.writeString(sources, Files.readString(sources).replace("    element: Union email kept private\n", ""));

        Knowledge edited = Knowledge.load(KnowledgeFiles.folder(folder));

        assertThat(Knowledge.load(KnowledgeFiles.builtIn()).sources().elements()).hasSize(9);
        assertThat(edited.sources().elements()).hasSize(8)
                .noneMatch(s -> s.id().equals("unison-2014/union-email-privacy"));
        assertThat(edited.sources().find("unison-2014/union-email-privacy")).get()
                .satisfies(s -> assertThat(s.isElement()).isFalse());
    }

    @Test
    void aProposalOnAFindingThatIsNotAGapIsRejectedNamingFileAndFinding() throws Exception {
        Path folder = copyOfBuiltIn();
        Path findings = folder.resolve("filtering.findings.yaml");
        Files.writeString(findings, Files.readString(findings).replace(
                "    title: Filters do not block messages because of words such as lesbian, gay or bisexual\n",
                "    title: Filters do not block messages because of words such as lesbian, gay or bisexual\n"
                        + "    proposal: We propose nothing.\n"));

        assertThatThrownBy(() -> Knowledge.load(KnowledgeFiles.folder(folder)))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("filtering.findings.yaml").hasMessageContaining("filters-allow-lgbt-terms")
                .hasMessageContaining("only a gap");
    }
}
