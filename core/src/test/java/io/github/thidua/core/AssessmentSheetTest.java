package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.PHU_THO;
import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssessmentSheetTest {

    private static final Assessment GROWTH =
            Assessment.builder().criterion("1.2").build();
    private static final Assessment TRAINING =
            Assessment.builder().criterion("2.1").count(3).build();

    private static AssessmentSheet.Builder sheet() {
        return AssessmentSheet.builder().unit(PHU_THO).period(Period.year(2024));
    }

    @Test
    void build_valid_findsEntriesByCode() {
        AssessmentSheet s =
                sheet().addEntries(GROWTH, TRAINING).addEvents("late-report").build();
        assertThat(s.entry("2.1")).contains(TRAINING);
        assertThat(s.entry("9.9")).isEmpty();
        assertThat(s.hasEvent("late-report")).isTrue();
        assertThat(s.leaderDiscipline()).isEqualTo(Discipline.NONE);
    }

    @Test
    void build_leaderDiscipline_isKept() {
        AssessmentSheet s = sheet().leaderDiscipline(Discipline.WARNING).build();
        assertThat(s.leaderDiscipline()).isEqualTo(Discipline.WARNING);
        assertThat(Discipline.WARNING.label().vi()).isEqualTo("cảnh cáo");
        assertThat(Discipline.DISMISSAL.label().vi()).isEqualTo("cách chức");
    }

    @Test
    void build_duplicateCriterion_isRejectedWithPath() {
        Assessment again = Assessment.builder().criterion("1.2").count(1).build();
        ValidationException e =
                rejected(() -> sheet().addEntries(GROWTH, TRAINING, again).build());
        assertThat(e.type()).isEqualTo("AssessmentSheet");
        assertThat(e.field()).isEqualTo("entries[2].criterion");
        assertThat(e.value()).contains("\"1.2\"");
        assertThat(e.getMessage()).contains("repeats entries[0]");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("trùng với entries[0]");
    }

    @Test
    void build_malformedEvent_isRejectedWithPath() {
        ValidationException e =
                rejected(() -> sheet().addEvents("corruption", "tham nhũng").build());
        assertThat(e.field()).isEqualTo("events[1]");
        assertThat(e.value()).contains("\"tham nhũng\"");
        assertThat(e.getMessage()).contains("not a valid key");
    }

    @Test
    void build_duplicateEvent_isRejected() {
        ValidationException e =
                rejected(() -> sheet().addEvents("corruption", "corruption").build());
        assertThat(e.field()).isEqualTo("events[1]");
        assertThat(e.getMessage()).contains("each value once");
    }

    @Test
    void build_missingPeriod_isReported() {
        MissingValueException e =
                missing(() -> AssessmentSheet.builder().unit(PHU_THO).build());
        assertThat(e.field()).contains("period");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> AssessmentSheet.builder().unit(null));
        missing(() -> sheet().addEntries((Assessment) null));
        missing(() -> sheet().addEvents((String) null));
        missing(() -> sheet().leaderDiscipline(null));
    }

    @Test
    void equals_sameValues_areEqual() {
        assertThat(sheet().addEntries(GROWTH).build())
                .isEqualTo(sheet().addEntries(GROWTH)
                        .leaderDiscipline(Discipline.NONE)
                        .build())
                .isNotEqualTo(sheet().build());
    }
}
