package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Text;

/** One of the kit's own axioms: its stable name and its law, fixed when it is made. */
abstract class BuiltInAxiom implements Axiom {

    private final String name;
    private final Text description;

    BuiltInAxiom(String name, Text description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Text description() {
        return description;
    }

    @Override
    public final String toString() {
        return name;
    }
}
