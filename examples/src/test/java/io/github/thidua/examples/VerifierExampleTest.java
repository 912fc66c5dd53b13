package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Discipline;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.verify.PolicyVerifier;
import io.github.thidua.scoring.verify.SmallCluster;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verifier from outside the library's module, on the seed policy of Cluster No. 1 of the
 * Northwest veterans (examples/data/2-cum-1-tay-bac-2023): once on the seed's own documents, once
 * on a small cluster a rule author writes to prove two clauses of the policy.
 */
class VerifierExampleTest {

    private static final Path SEED = Path.of("data", "2-cum-1-tay-bac-2023");

    private static Policy seedPolicy() {
        return Documents.yaml().read(DocumentKind.POLICY, SEED.resolve("policy-2023.yaml"));
    }

    @Test
    void seedPolicy_onTheSeedsDocuments_givesTheScenariosResults() {
        Documents yaml = Documents.yaml();
        Covenant covenant = yaml.read(DocumentKind.COVENANT, SEED.resolve("covenant-2023.yaml"));
        List<AssessmentSheet> sheets = yaml.read(DocumentKind.ASSESSMENTS, SEED.resolve("assessments-2023.yaml"));
        EvaluationInput input = EvaluationInput.builder()
                .covenant(covenant)
                .addAllSheets(sheets)
                .build();

        PolicyVerifier.of(seedPolicy())
                .given(input)
                .ranksInOrder("dien-bien", "son-la", "lai-chau", "lao-cai")
                .unit("dien-bien")
                .hasTotal(101)
                .hasBand("excellent")
                .unit("son-la")
                .criterion("I.1")
                .hasPoints(35)
                .hasTotal(95)
                .unit("lao-cai")
                .criterion("II.2")
                .hasPoints(0)
                .hasBand("not-completed");
    }

    @Test
    void seedPolicy_twoLeadersEarnTheMaximum_andKnockOutsAndDisciplineCapTheBand() {
        PolicyVerifier verifier = PolicyVerifier.of(seedPolicy());
        SmallCluster cluster = verifier.cluster("dien-bien", "son-la", "lai-chau", "lao-cai")
                .target("dien-bien", "I.1", 150)
                .value("dien-bien", "I.1", 180) // ratio 1.2
                .target("son-la", "I.1", 200)
                .value("son-la", "I.1", 240) // ratio 1.2 too: both lead (ALL_TIED_LEAD)
                .target("lai-chau", "I.1", 100)
                .value("lai-chau", "I.1", 110) // 20 + 20 × 0.1 / 0.2 = 30
                .target("lao-cai", "I.1", 100)
                .value("lao-cai", "I.1", 100) // at target: half the maximum
                .achievedByAll("I.2", "II.1", "II.2")
                .deduction("son-la", "D", 1)
                .discipline("dien-bien", Discipline.WARNING) // a warning caps the band at Completed
                .event("lai-chau", "corruption"); // a knock-out: Not completed

        verifier.given(cluster)
                .unit("dien-bien")
                .criterion("I.1")
                .hasPoints(40)
                .hasTotal(100)
                .hasRank(1)
                .hasBand("completed")
                .unit("son-la")
                .criterion("I.1")
                .hasPoints(40)
                .hasTotal("99.5")
                .hasBand("excellent")
                .unit("lai-chau")
                .hasTotal(90)
                .hasBand("not-completed")
                .unit("lao-cai")
                .criterion("I.1")
                .hasPoints(20)
                .hasRank(4);
    }

    @Test
    void javadocExamples_ofTheVerifyPackage_holdWithTheSeedPolicy() {
        Policy policy = seedPolicy();
        // package-info of io.github.thidua.scoring.verify
        PolicyVerifier verifier = PolicyVerifier.of(policy);
        SmallCluster cluster = verifier.cluster("dien-bien", "son-la", "lai-chau")
                .target("dien-bien", "I.1", "150")
                .value("dien-bien", "I.1", "180")
                .target("son-la", "I.1", "200")
                .value("son-la", "I.1", "230")
                .target("lai-chau", "I.1", "100")
                .value("lai-chau", "I.1", "100")
                .achievedByAll("I.2", "II.1", "II.2")
                .deduction("lai-chau", "D", 2);
        verifier.given(cluster)
                .unit("dien-bien")
                .criterion("I.1")
                .hasPoints("40")
                .hasRank(1)
                .unit("son-la")
                .criterion("I.1")
                .hasPoints("35")
                .unit("lai-chau")
                .criterion("D")
                .hasPoints("-1")
                .hasBand("completed");
        // PolicyVerifier
        verifier.given(verifier.cluster("dien-bien", "son-la")
                        .target("dien-bien", "I.1", "150")
                        .value("dien-bien", "I.1", "180")
                        .target("son-la", "I.1", "200")
                        .value("son-la", "I.1", "230"))
                .unit("dien-bien")
                .criterion("I.1")
                .hasPoints("40")
                .hasRank(1)
                .unit("son-la")
                .criterion("I.1")
                .hasPoints("35");
        // SmallCluster
        SmallCluster small = SmallCluster.of("dien-bien", "son-la", "lai-chau")
                .target("dien-bien", "I.1", "150")
                .value("dien-bien", "I.1", "180")
                .achieved("dien-bien", "I.2")
                .bonus("son-la", "T", 2)
                .deduction("lai-chau", "D", 1)
                .decidedOn("2023-12-15");
        EvaluationInput input = small.toInput(policy);
        assertThat(input.sheets()).hasSize(3);
        assertThat(input.covenant().period().lastYear().getValue()).isEqualTo(2023);
    }
}
