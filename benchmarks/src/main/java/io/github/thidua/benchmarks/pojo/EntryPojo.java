package io.github.thidua.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.thidua.core.AssessmentStage;
import java.math.BigDecimal;
import java.util.Map;

/** One criterion's assessment; absent optional fields are null and not written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"criterion", "achieved", "actual", "count", "occurrences", "evidence", "explanation", "points"})
public class EntryPojo {

    /** The criterion's code. */
    public String criterion;

    /** Achieved or not, or null. */
    public Boolean achieved;

    /** The actual value, or null. */
    public BigDecimal actual;

    /** The count, or null. */
    public Integer count;

    /** The occurrences, or null. */
    public Integer occurrences;

    /** The evidence note, or null. */
    public String evidence;

    /** The explanation, or null. */
    public String explanation;

    /** The points by stage. */
    public Map<AssessmentStage, BigDecimal> points;

    /** Creates an empty entry for Jackson to fill. */
    public EntryPojo() {}
}
