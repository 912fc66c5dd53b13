package io.github.thidua.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Covenant;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadFilesTest {

    @Test
    void theFiles_readBackAsTheWorkloadsPolicy_covenants_andSheetsInClusterOrder(@TempDir Path folder)
            throws Exception {
        UnitWorkload workload = Workloads.units(24, 11L);

        WorkloadFiles.write(workload, folder);

        List<Covenant> covenants = new ArrayList<>();
        List<AssessmentSheet> sheets = new ArrayList<>();
        workload.inputs().forEachRemaining((EvaluationInput input) -> {
            covenants.add(input.covenant());
            sheets.addAll(input.sheets());
        });
        Policy policy = Documents.yaml().read(DocumentKind.POLICY, folder.resolve("policy.yaml"));
        assertThat(policy).isEqualTo(Workloads.policy());
        List<AssessmentSheet> read =
                Documents.json().read(DocumentKind.ASSESSMENTS, folder.resolve("assessments.json"));
        assertThat(read).isEqualTo(sheets);
        ObjectMapper mapper = Documents.json().mapper();
        JsonNode document = mapper.readTree(folder.resolve("covenants.json").toFile());
        assertThat(document.get("kind").asText()).isEqualTo("covenants");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        List<Covenant> readCovenants = new ArrayList<>();
        for (JsonNode body : document.get("body")) {
            readCovenants.add(mapper.treeToValue(body, Covenant.class));
        }
        assertThat(readCovenants).isEqualTo(covenants);
    }
}
