package io.github.thidua.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One run of the tool through {@link Cli#run}: exit code, stdout and stderr. */
record Run(int code, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run of(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(0, List.of(first));
        return of(all.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
