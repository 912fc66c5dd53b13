package io.github.thidua.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.thidua.core.PeriodKind;

/**
 * A period. The dates stay ISO-8601 strings: a plain {@code ObjectMapper} has no java.time
 * support without a module.
 */
@JsonPropertyOrder({"kind", "start", "end"})
public class PeriodPojo {

    /** The kind of period. */
    public PeriodKind kind;

    /** The first day, {@code 2024-01-01}. */
    public String start;

    /** The last day, {@code 2024-12-31}. */
    public String end;

    /** Creates an empty period for Jackson to fill. */
    public PeriodPojo() {}
}
