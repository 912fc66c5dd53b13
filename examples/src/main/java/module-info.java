/**
 * Runnable programs over the seed scenarios of thidua; not deployed. Being a named module that
 * only {@code requires} the library modules, it proves they work on the module path from outside.
 */
module io.github.thidua.examples {
    requires transitive io.github.thidua.core;
    requires transitive io.github.thidua.scoring;
    requires io.github.thidua.serialization;

    exports io.github.thidua.examples;
}
