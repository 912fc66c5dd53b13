package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.DocumentReader;
import io.github.thidua.serialization.DocumentWriter;
import io.github.thidua.serialization.Documents;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClusterInputs} pairs covenants with sheets without holding the documents: in the same
 * cluster order no sheet ever waits, whatever the length; in another order sheets wait only until
 * their covenant comes.
 */
class ClusterInputsTest {

    private static final int SIZE = 8;
    private static final Period YEAR = Period.year(2024);
    private static final ScoringTable TABLE = ScoringTable.builder()
            .id(Id.of("bang-1"))
            .name(Name.of("Bảng một tiêu chí"))
            .addRoots(Criterion.builder()
                    .code("Q")
                    .name(Name.of("Hoàn thành nhiệm vụ"))
                    .maxPoints(Points.of(10))
                    .kind(Qualitative.of())
                    .build())
            .build();
    private static final Organiser ORGANISER = Organiser.builder()
            .id(Id.of("ubnd"))
            .name(Name.of("Ủy ban nhân dân"))
            .level(OrganiserLevel.DISTRICT)
            .kind(OrganiserKind.PEOPLES_COMMITTEE)
            .build();

    @TempDir
    Path dir;

    @Test
    void twentyThousandSheetsInTheCovenantsOrder_areReadWithNoSheetEverWaiting() throws IOException {
        int clusters = 2_500;
        Path covenants = writeCovenants(clusters);
        Path sheets = writeSheets(clusters, c -> c);

        List<String> first = new ArrayList<>();
        long sheetsPaired = 0;
        try (DocumentReader<Covenant> c = Documents.json().stream(DocumentKind.COVENANTS, covenants);
                DocumentReader<AssessmentSheet> s = Documents.json().stream(DocumentKind.ASSESSMENTS, sheets)) {
            ClusterInputs inputs = new ClusterInputs(c, covenants, s, sheets, null, 0);
            while (inputs.hasNext()) {
                EvaluationInput input = inputs.next();
                sheetsPaired += input.sheets().size();
                if (first.size() < 2) {
                    first.add(input.covenant().cluster().id().value());
                }
                // Nothing is read ahead of the cluster being paired.
                assertThat(s.count()).isEqualTo(inputs.clusters() * SIZE);
                assertThat(inputs.claim().id())
                        .isEqualTo(input.covenant().cluster().id());
            }
            assertThat(inputs.mostPending()).isZero();
            assertThat(inputs.leftover()).isNull();
            assertThat(inputs.clusters()).isEqualTo(clusters);
            assertThat(inputs.units()).isEqualTo((long) clusters * SIZE);
        }
        assertThat(sheetsPaired).isEqualTo(20_000);
        assertThat(first).containsExactly("cum-0", "cum-1");
    }

    @Test
    void sheetsInAnotherOrder_waitOnlyUntilTheirCovenantComes() throws IOException {
        int clusters = 6;
        Path covenants = writeCovenants(clusters);
        // Clusters 1 and 0 swapped, then 2..5 in order: cluster 1's sheets wait for one covenant.
        Path sheets = writeSheets(clusters, c -> c == 0 ? 1 : c == 1 ? 0 : c);

        try (DocumentReader<Covenant> c = Documents.json().stream(DocumentKind.COVENANTS, covenants);
                DocumentReader<AssessmentSheet> s = Documents.json().stream(DocumentKind.ASSESSMENTS, sheets)) {
            ClusterInputs inputs = new ClusterInputs(c, covenants, s, sheets, LocalDate.of(2024, 12, 20), SIZE);
            List<EvaluationInput> all = new ArrayList<>();
            inputs.forEachRemaining(all::add);

            assertThat(inputs.mostPending()).isEqualTo(SIZE);
            assertThat(all).allSatisfy(input -> {
                assertThat(input.sheets()).hasSize(SIZE);
                assertThat(input.sheets())
                        .allSatisfy(
                                sheet -> assertThat(input.covenant().cluster().member(sheet.unit()))
                                        .isPresent());
                assertThat(input.decisionDate()).contains(LocalDate.of(2024, 12, 20));
            });
        }
    }

    private Path writeCovenants(int clusters) throws IOException {
        Path file = dir.resolve("covenants.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                DocumentWriter<Covenant> writer = Documents.json().streamWriter(DocumentKind.COVENANTS, out)) {
            for (int c = 0; c < clusters; c++) {
                Cluster.Builder cluster = Cluster.builder()
                        .id(Id.of("cum-" + c))
                        .kind(ClusterKind.CLUSTER)
                        .name(Name.of("Cụm " + c))
                        .organiser(ORGANISER);
                for (int u = 0; u < SIZE; u++) {
                    cluster.addMembers(Collective.of(unit(c, u), Name.of("Xã " + c + "-" + u)));
                }
                writer.write(Covenant.builder()
                        .id(Id.of("giao-uoc-" + c))
                        .cluster(cluster.build())
                        .period(YEAR)
                        .signedOn(LocalDate.of(2024, 1, 10))
                        .scoringTable(TABLE)
                        .build());
            }
        }
        return file;
    }

    /** The sheets of cluster {@code order(0)}, then of {@code order(1)}, and so on. */
    private Path writeSheets(int clusters, IntUnaryOperator order) throws IOException {
        Path file = dir.resolve("assessments.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                DocumentWriter<AssessmentSheet> writer = Documents.json().streamWriter(DocumentKind.ASSESSMENTS, out)) {
            for (int i = 0; i < clusters; i++) {
                int c = order.applyAsInt(i);
                for (int u = 0; u < SIZE; u++) {
                    writer.write(AssessmentSheet.builder()
                            .unit(unit(c, u))
                            .period(YEAR)
                            .addEntries(Assessment.builder()
                                    .criterion("Q")
                                    .achieved(u % 2 == 0)
                                    .build())
                            .build());
                }
            }
        }
        return file;
    }

    private static Id unit(int cluster, int unit) {
        return Id.of("c" + cluster + "-u" + unit);
    }
}
