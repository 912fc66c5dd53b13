/**
 * Runnable programs over the seed scenarios of thidua; not deployed. Being a named module that
 * only {@code requires} the library modules, it proves they work on the module path from outside.
 * It also holds the command-line tool {@code thidua} ({@link io.github.thidua.examples.cli.Cli}).
 */
module io.github.thidua.examples {
    requires transitive io.github.thidua.core;
    requires transitive io.github.thidua.scoring;
    requires transitive io.github.thidua.serialization;
    requires info.picocli;
    requires com.networknt.schema;

    exports io.github.thidua.examples;
    exports io.github.thidua.examples.cli;

    // picocli sets the commands' annotated fields by reflection.
    opens io.github.thidua.examples.cli to
            info.picocli;
}
