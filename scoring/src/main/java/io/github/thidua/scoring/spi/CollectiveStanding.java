package io.github.thidua.scoring.spi;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import org.immutables.value.Value;

/**
 * What is known of a collective's members in a year, for title standards such as "all members
 * completed their tasks, at least 70 % hold Advanced Worker, at least one holds Grassroots
 * Emulation Fighter, nobody disciplined at warning or above".
 *
 * <p>Immutable and thread-safe; every count lies between 0 and the head count.
 *
 * <pre>{@code
 * CollectiveStanding s = CollectiveStanding.builder().headCount(20).completedTasks(20).advancedWorkers(15).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CollectiveStanding {

    CollectiveStanding() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of members.
     *
     * @return one or more
     */
    public abstract int headCount();

    /**
     * Returns how many members completed their tasks.
     *
     * @return 0 to head count
     */
    @Value.Default
    public int completedTasks() {
        return 0;
    }

    /**
     * Returns how many members hold the Advanced Worker title this year.
     *
     * @return 0 to head count
     */
    @Value.Default
    public int advancedWorkers() {
        return 0;
    }

    /**
     * Returns how many members hold the Grassroots Emulation Fighter title this year.
     *
     * @return 0 to head count
     */
    @Value.Default
    public int grassrootsFighters() {
        return 0;
    }

    /**
     * Returns how many members were disciplined at "warning" or above this year.
     *
     * @return 0 to head count
     */
    @Value.Default
    public int disciplinedAtWarningOrAbove() {
        return 0;
    }

    @Value.Check
    final void check() {
        if (headCount() < 1) {
            throw ValidationException.invalid(
                    "CollectiveStanding",
                    "headCount",
                    headCount(),
                    Text.of("tập thể không có người", "no members"),
                    Text.of("từ 1 trở lên", "1 or more"));
        }
        count("completedTasks", completedTasks());
        count("advancedWorkers", advancedWorkers());
        count("grassrootsFighters", grassrootsFighters());
        count("disciplinedAtWarningOrAbove", disciplinedAtWarningOrAbove());
    }

    private void count(String field, int value) {
        if (value < 0 || value > headCount()) {
            throw ValidationException.invalid(
                    "CollectiveStanding",
                    field,
                    value,
                    Text.of("ngoài khoảng 0 đến số người", "outside 0 to the head count"),
                    Text.of("từ 0 đến " + headCount(), "0 to " + headCount()));
        }
    }

    /** Builds a {@link CollectiveStanding}; the head count is required. */
    public static final class Builder extends ImmutableCollectiveStanding.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
