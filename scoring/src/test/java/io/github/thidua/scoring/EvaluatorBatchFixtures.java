package io.github.thidua.scoring;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.ScoringTable;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Clusters of five units, each reproducible from its number, for batch evaluation. */
final class EvaluatorBatchFixtures {

    static final ScoringTable TABLE = ScoringTable.builder()
            .id(Id.of("bang-lo"))
            .name(Name.of("Bảng chấm theo lô"))
            .addRoots(
                    ScoringFixtures.criterion("Q", "20", Qualitative.of()),
                    ScoringFixtures.criterion("C", "10", CountBased.of(Points.parse("1.5"))),
                    ScoringFixtures.criterion("T", "3", Bonus.of(Points.of(1))),
                    ScoringFixtures.criterion("D", "3", Deduction.of(Points.parse("0.5"))))
            .bonusCap(Points.of(3))
            .deductionCap(Points.of(3))
            .build();

    static final Policy POLICY = ScoringFixtures.policy(TABLE).build();

    private static final Organiser ORGANISER = Organiser.builder()
            .id(Id.of("org"))
            .name(Name.of("Cơ quan"))
            .level(OrganiserLevel.CENTRAL)
            .kind(OrganiserKind.MASS_ORGANISATION)
            .build();

    private EvaluatorBatchFixtures() {}

    static EvaluationInput input(int number) {
        SplittableRandom random = new SplittableRandom(number);
        Cluster.Builder cluster = Cluster.builder()
                .id(Id.of("cum-" + number))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm " + number))
                .organiser(ORGANISER);
        for (int u = 0; u < 5; u++) {
            cluster.addMembers(Collective.of(Id.of("c" + number + "-u" + u), Name.of("Đơn vị " + u)));
        }
        Covenant covenant = Covenant.builder()
                .id(Id.of("giao-uoc-" + number))
                .cluster(cluster.build())
                .period(ScoringFixtures.YEAR)
                .signedOn(LocalDate.of(2024, 1, 15))
                .scoringTable(TABLE)
                .build();
        EvaluationInput.Builder input = EvaluationInput.builder().covenant(covenant);
        for (Id unit : covenant.cluster().memberIds()) {
            input.addSheets(AssessmentSheet.builder()
                    .unit(unit)
                    .period(ScoringFixtures.YEAR)
                    .addEntries(
                            Assessment.builder()
                                    .criterion("Q")
                                    .achieved(random.nextBoolean())
                                    .build(),
                            Assessment.builder()
                                    .criterion("C")
                                    .count(random.nextInt(9))
                                    .build(),
                            Assessment.builder()
                                    .criterion("T")
                                    .occurrences(random.nextInt(4))
                                    .build(),
                            Assessment.builder()
                                    .criterion("D")
                                    .occurrences(random.nextInt(7))
                                    .build())
                    .build());
        }
        return input.build();
    }
}
