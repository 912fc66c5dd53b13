package io.github.thidua.examples.cli;

import io.github.thidua.examples.SeedEvaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Seed 002's documents (Cluster No. 2, 2023) written to a folder, in JSON and YAML. */
record SeedFiles(Path policy, Path covenant, Path assessments, Path ballots) {

    static SeedFiles writeTo(Path dir) throws IOException {
        EvaluationInput input = SeedEvaluation.input();
        SeedFiles files = new SeedFiles(
                dir.resolve("policy.yaml"),
                dir.resolve("covenant.yaml"),
                dir.resolve("assessments.json"),
                dir.resolve("ballots.json"));
        write(files.policy(), DocumentKind.POLICY, SeedEvaluation.policy());
        write(files.covenant(), DocumentKind.COVENANT, input.covenant());
        write(files.assessments(), DocumentKind.ASSESSMENTS, input.sheets());
        write(files.ballots(), DocumentKind.BALLOTS, input.votes());
        return files;
    }

    static void write(Path file, DocumentKind kind, Object body) throws IOException {
        Files.writeString(file, Documents.forFile(file).write(kind, body), StandardCharsets.UTF_8);
    }

    /** The arguments naming these inputs, with the seed's decision date. */
    String[] inputs() {
        return new String[] {
            "--covenant", covenant.toString(),
            "--assessments", assessments.toString(),
            "--ballots", ballots.toString(),
            "--decision-date", "2023-12-15"
        };
    }
}
