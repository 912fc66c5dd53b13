package io.github.thidua.serialization;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A parser refused a token: carries the problem, ready to throw once Jackson, which only lets
 * {@link java.io.IOException}s through its deserialisers, lets go of it.
 */
final class Refusal extends JsonProcessingException {

    private static final long serialVersionUID = 1L;

    private final transient DocumentException problem;

    Refusal(DocumentException problem) {
        super(problem.getMessage());
        this.problem = problem;
    }

    DocumentException problem() {
        return problem;
    }

    /** The problem a refusal among the causes of {@code e} carries, or null. */
    static DocumentException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal r) {
                return r.problem;
            }
        }
        return null;
    }
}
