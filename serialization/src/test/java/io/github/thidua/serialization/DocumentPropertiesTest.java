package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.thidua.core.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Round-trip laws over whole documents: random clusters survive JSON and YAML documents. */
class DocumentPropertiesTest {

    private static final Documents JSON = Documents.json();
    private static final Documents YAML = Documents.yaml();

    @Test
    void randomClusters_surviveJsonAndYamlDocuments_thatTheSchemaAccepts() {
        Gen<List<Integer>> members = lists().of(integers().between(0, 999)).ofSizeBetween(2, 12);
        // A fixed seed keeps CI reproducible; failures print the shrunk example.
        qt().withExamples(100)
                .forAll(members, integers().between(1, 3), integers().between(1900, 2999))
                .assuming((ns, g, y) -> ns.stream().distinct().count() >= 2)
                .checkAssert((ns, groups, year) -> {
                    Cluster cluster =
                            CorePropertiesTest.cluster(ns.stream().distinct().toList(), groups, year);
                    for (Documents format : List.of(JSON, YAML)) {
                        String text = format.write(DocumentKind.CLUSTER, cluster);
                        Cluster back = format.read(DocumentKind.CLUSTER, text);
                        assertThat(back).isEqualTo(cluster);
                        assertThat(Schemas.errors(DocumentKind.CLUSTER, format, text))
                                .isEmpty();
                    }
                });
    }
}
