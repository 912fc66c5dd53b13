package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;

/**
 * An evaluation could not be completed: an input does not fit the policy (a sheet for a unit
 * that is not a member, a criterion the table does not have, no points at the counting stage
 * when the policy refuses to guess) or a plugged-in rule returned points outside its bounds.
 *
 * <p>Nothing is returned when it is thrown: an evaluation either completes or fails whole.
 *
 * <pre>{@code
 * try { evaluator.evaluate(policy, input); } catch (EvaluationException e) { e.getMessage(Text.VIETNAMESE); }
 * }</pre>
 */
public class EvaluationException extends ThiDuaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param text what went wrong, in both languages, not null
     */
    public EvaluationException(Text text) {
        super(text);
    }

    /**
     * Creates the exception with the failure that caused it.
     *
     * @param text what went wrong, in both languages, not null
     * @param cause the underlying failure
     */
    public EvaluationException(Text text, Throwable cause) {
        super(text, cause);
    }
}
