package io.github.thidua.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.thidua.core.Discipline;
import java.util.List;

/** One unit's assessment sheet, as in the {@code AssessmentSheet} table of the wire format. */
@JsonPropertyOrder({"unit", "period", "entries", "events", "leaderDiscipline"})
public class SheetPojo {

    /** The unit's id. */
    public String unit;

    /** The period assessed. */
    public PeriodPojo period;

    /** The assessments, one per criterion. */
    public List<EntryPojo> entries;

    /** The event codes. */
    public List<String> events;

    /** The discipline of the unit's head. */
    public Discipline leaderDiscipline;

    /** Creates an empty sheet for Jackson to fill. */
    public SheetPojo() {}
}
