package io.github.thidua.benchmarks.pojo;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between thidua's sheets and their plain mirrors, so that a POJO document can be written
 * with the same fields and values, and a POJO reading can be compared with thidua's.
 *
 * <pre>{@code
 * PojoDocument document = Pojos.document(sheets);
 * List<AssessmentSheet> back = Pojos.sheets(document); // equal to sheets
 * }</pre>
 */
public final class Pojos {

    private Pojos() {}

    /**
     * Returns the {@code assessments} document of the sheets as POJOs.
     *
     * @param sheets the sheets, not null
     * @return the document, kind {@code assessments}, version 1
     */
    public static PojoDocument document(List<AssessmentSheet> sheets) {
        PojoDocument document = new PojoDocument();
        document.kind = "assessments";
        document.version = 1;
        document.body = new ArrayList<>(sheets.size());
        for (AssessmentSheet sheet : sheets) {
            document.body.add(sheet(sheet));
        }
        return document;
    }

    private static SheetPojo sheet(AssessmentSheet sheet) {
        SheetPojo pojo = new SheetPojo();
        pojo.unit = sheet.unit().value();
        pojo.period = new PeriodPojo();
        pojo.period.kind = sheet.period().kind();
        pojo.period.start = sheet.period().start().toString();
        pojo.period.end = sheet.period().end().toString();
        pojo.entries = new ArrayList<>(sheet.entries().size());
        for (Assessment a : sheet.entries()) {
            EntryPojo entry = new EntryPojo();
            entry.criterion = a.criterion();
            entry.achieved = a.achieved().orElse(null);
            entry.actual = a.actual().orElse(null);
            entry.count = a.count().isPresent() ? a.count().getAsInt() : null;
            entry.occurrences = a.occurrences().isPresent() ? a.occurrences().getAsInt() : null;
            entry.evidence = a.evidence().orElse(null);
            entry.explanation = a.explanation().orElse(null);
            // Stage order, as thidua writes them.
            entry.points = new LinkedHashMap<>();
            for (AssessmentStage stage : AssessmentStage.values()) {
                a.points(stage).ifPresent(p -> entry.points.put(stage, p.toBigDecimal()));
            }
            pojo.entries.add(entry);
        }
        pojo.events = new ArrayList<>(sheet.events());
        pojo.leaderDiscipline = sheet.leaderDiscipline();
        return pojo;
    }

    /**
     * Returns the sheets a POJO document holds, built (and so checked) by thidua's builders.
     *
     * @param document the document, not null
     * @return the sheets
     */
    public static List<AssessmentSheet> sheets(PojoDocument document) {
        List<AssessmentSheet> sheets = new ArrayList<>(document.body.size());
        for (SheetPojo pojo : document.body) {
            AssessmentSheet.Builder sheet = AssessmentSheet.builder()
                    .unit(Id.of(pojo.unit))
                    .period(Period.of(
                            pojo.period.kind, LocalDate.parse(pojo.period.start), LocalDate.parse(pojo.period.end)));
            for (EntryPojo entry : pojo.entries) {
                Assessment.Builder a = Assessment.builder().criterion(entry.criterion);
                if (entry.achieved != null) {
                    a.achieved(entry.achieved);
                }
                if (entry.actual != null) {
                    a.actual(entry.actual);
                }
                if (entry.count != null) {
                    a.count(entry.count);
                }
                if (entry.occurrences != null) {
                    a.occurrences(entry.occurrences);
                }
                if (entry.evidence != null) {
                    a.evidence(entry.evidence);
                }
                if (entry.explanation != null) {
                    a.explanation(entry.explanation);
                }
                if (entry.points != null) {
                    for (Map.Entry<AssessmentStage, BigDecimal> p : entry.points.entrySet()) {
                        a.putPoints(p.getKey(), Points.of(p.getValue()));
                    }
                }
                sheet.addEntries(a.build());
            }
            if (pojo.events != null) {
                sheet.addAllEvents(pojo.events);
            }
            if (pojo.leaderDiscipline != null) {
                sheet.leaderDiscipline(pojo.leaderDiscipline);
            }
            sheets.add(sheet.build());
        }
        return sheets;
    }
}
