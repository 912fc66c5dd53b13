package io.github.thidua.scoring;

import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import java.util.Optional;

/**
 * One cluster of a batch could not be evaluated: says which one (its position in the input and
 * its cluster id) and carries the original failure, a {@link io.github.thidua.core.ValidationException}
 * or an {@link EvaluationException}, as its cause.
 *
 * <pre>{@code
 * try {
 *     evaluator.evaluateAll(policy, inputs, 4);
 * } catch (BatchEvaluationException e) {
 *     int position = e.index();
 *     ThiDuaException why = e.failure();
 * }
 * }</pre>
 */
public final class BatchEvaluationException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final Id cluster;
    private final ThiDuaException failure;

    /**
     * Creates the exception.
     *
     * @param index the failing input's position, from 0
     * @param cluster the failing input's cluster, or null when the input itself was null
     * @param failure the original failure, not null
     */
    public BatchEvaluationException(int index, Id cluster, ThiDuaException failure) {
        super(
                Text.of(
                        where(index, cluster, "đầu vào thứ ", "cụm ") + failure.getMessage(Text.VIETNAMESE),
                        where(index, cluster, "input ", "cluster ") + failure.getMessage()),
                failure);
        this.index = index;
        this.cluster = cluster;
        this.failure = failure;
    }

    private static String where(int index, Id cluster, String input, String clusterWord) {
        return (cluster == null ? input + index : clusterWord + cluster.value() + " (" + input + index + ")") + ": ";
    }

    /**
     * Returns the failing input's position in the batch, from 0.
     *
     * @return the position
     */
    public int index() {
        return index;
    }

    /**
     * Returns the failing input's cluster.
     *
     * @return the cluster id, empty when the input itself was null
     */
    public Optional<Id> cluster() {
        return Optional.ofNullable(cluster);
    }

    /**
     * Returns the original failure.
     *
     * @return the validation or evaluation failure
     */
    public ThiDuaException failure() {
        return failure;
    }
}
