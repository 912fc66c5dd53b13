package io.github.thidua.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code thidua validate FILE…}: checks documents of any kind. */
@Command(
        name = "validate",
        usageHelpAutoWidth = true,
        header = "Check documents of any kind (kiểm tra tài liệu).",
        description = {
            "Check documents (kiểm tra tài liệu) of any kind — cluster, covenant, policy,",
            "assessments, ballots, result, covenants — in JSON or YAML; the kind is the document's own 'kind'.",
            "Prints 'OK FILE (KIND)' or each problem as 'FILE:LINE:COLUMN: POINTER: MESSAGE':",
            "every violation of the kind's JSON Schema, then what the reader finds (domain rules).",
            "Exit code 1 when any document is invalid, 3 when a file cannot be read."
        })
final class ValidateCommand extends AbstractCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to check.")
    List<Path> files;

    @Override
    int execute() {
        int code = Cli.OK;
        Progress progress = progress();
        String what = say("kiểm tra", "validating");
        progress.start(what, files.size());
        int done = 0;
        for (Path file : files) {
            try {
                DocumentFiles.Validation result = DocumentFiles.check(file);
                if (result.problems().isEmpty()) {
                    out().println("OK " + file + " (" + result.kind().documentName() + ")");
                } else {
                    result.problems().forEach(p -> out().println(p.in(locale()).replace('\n', ' ')));
                    code = Math.max(code, Cli.INVALID);
                }
            } catch (CliException e) {
                out().println(e.text().in(locale()).replace('\n', ' '));
                if (common.debug) {
                    e.printStackTrace(err());
                }
                code = Math.max(code, e.exitCode());
            }
            progress.advance(what, ++done);
        }
        out().flush();
        return code;
    }
}
