package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Covenant;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Documents" example, compiled and run: keep the two in step. */
class DocumentsReadmeTest {

    @Test
    void readmeExample_readsYamlInputs_andWritesTheResultAsJson(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("covenant.yaml"),
                Documents.yaml().write(DocumentKind.COVENANT, DocumentSamples.communeCovenant()));
        Files.writeString(
                dir.resolve("policy.yaml"), Documents.yaml().write(DocumentKind.POLICY, DocumentSamples.policy()));
        Files.writeString(
                dir.resolve("assessments.yaml"),
                Documents.yaml().write(DocumentKind.ASSESSMENTS, DocumentSamples.sheets()));

        // --- README: Documents
        Documents yaml = Documents.yaml();
        Covenant covenant = yaml.read(DocumentKind.COVENANT, dir.resolve("covenant.yaml"));
        Policy policy = yaml.read(DocumentKind.POLICY, dir.resolve("policy.yaml"));
        List<AssessmentSheet> sheets = yaml.read(DocumentKind.ASSESSMENTS, dir.resolve("assessments.yaml"));

        EvaluationInput input = EvaluationInput.builder()
                .covenant(covenant)
                .addAllSheets(sheets)
                .build();
        Evaluation evaluation = Evaluator.of(Registry.builtIns()).evaluate(policy, input);

        Files.writeString(dir.resolve("result.json"), Documents.json().write(DocumentKind.RESULT, evaluation));
        // --- end

        Evaluation back = Documents.json().read(DocumentKind.RESULT, dir.resolve("result.json"));
        assertThat(back).isEqualTo(evaluation);
        assertThat(back.result().units()).hasSize(4);
        assertThat(back.result().units()).allSatisfy(u -> assertThat(u.rank()).isPresent());
        assertThat(Schemas.errors(DocumentKind.RESULT, Documents.json(), Files.readString(dir.resolve("result.json"))))
                .isEmpty();
    }

    @Test
    void readmeExample_isTheCodeThisTestRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Documents"));
        int start = section.indexOf("```java\n") + 8;
        String shown = section.substring(start, section.indexOf("\n```\n", start));
        String test =
                Files.readString(Path.of("src/test/java/io/github/thidua/serialization/DocumentsReadmeTest.java"));
        String run =
                test.substring(test.indexOf("// --- README: Documents\n") + 25, test.indexOf("        // --- end"));
        assertThat(shown.strip()).isEqualTo(run.stripTrailing().stripIndent().strip());
    }
}
