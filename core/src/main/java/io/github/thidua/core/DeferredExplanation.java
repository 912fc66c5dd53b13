package io.github.thidua.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** An explanation worked out on first use and kept; see {@link Explanation#deferred}. */
final class DeferredExplanation extends Explanation {

    private Supplier<? extends Explanation> source;
    private volatile Explanation resolved;

    DeferredExplanation(Supplier<? extends Explanation> source) {
        this.source = source;
    }

    private Explanation resolved() {
        Explanation r = resolved;
        if (r == null) {
            synchronized (this) {
                r = resolved;
                if (r == null) {
                    r = source.get();
                    if (r == null) {
                        throw ValidationException.missing("Explanation", "deferred");
                    }
                    // A chain of deferred explanations resolves to the value at its end.
                    while (r instanceof DeferredExplanation d) {
                        r = d.resolved();
                    }
                    resolved = r;
                    source = null; // let what the source captured go
                }
            }
        }
        return r;
    }

    @Override
    public String key() {
        return resolved().key();
    }

    @Override
    public Text text() {
        return resolved().text();
    }

    @Override
    public Optional<Points> value() {
        return resolved().value();
    }

    @Override
    public Map<String, String> inputs() {
        return resolved().inputs();
    }

    @Override
    public List<Explanation> children() {
        return resolved().children();
    }
}
