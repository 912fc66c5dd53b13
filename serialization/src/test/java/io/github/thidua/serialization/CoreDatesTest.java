package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.Period;
import io.github.thidua.core.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Dates are read as {@link LocalDate#parse} reads them, whether the reader takes its short path
 * for plain {@code yyyy-MM-dd} text or not: the same dates, and the same refusals.
 */
class CoreDatesTest {

    private static final ObjectMapper JSON = CoreJson.json();

    /** What reading a custom period from this start gives. */
    private static String read(String start) {
        String json = "{\"kind\":\"CUSTOM\",\"start\":\"" + start + "\",\"end\":\"2999-12-31\"}";
        try {
            return "date " + JSON.readValue(json, Period.class).start();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ValidationException) {
                    return "refused by the domain";
                }
            }
            assertThat(e.getMessage()).contains("not an ISO-8601 date such as 2023-12-31");
            return "not a date";
        }
    }

    /** What it should give: the date {@link LocalDate#parse} reads, if the period allows it. */
    private static String expected(String start) {
        try {
            LocalDate date = LocalDate.parse(start);
            return date.getYear() >= 1900 && date.getYear() <= 2999 ? "date " + date : "refused by the domain";
        } catch (DateTimeParseException e) {
            return "not a date";
        }
    }

    @Test
    void dates_areReadAsLocalDateParseReadsThem() {
        List<String> texts = new ArrayList<>(List.of(
                "2024-01-01",
                "2024-02-29",
                "2023-02-29",
                "2024-02-30",
                "2024-04-31",
                "2024-00-10",
                "2024-13-01",
                "2024-12-00",
                "0000-01-01",
                "9999-12-31",
                "1899-12-31",
                "2024-1-01",
                "2024-01-1",
                "20240101",
                "2024/01/01",
                "+2024-01-01",
                "-2024-01-01",
                "+12024-01-01",
                "2024-01-01T00:00",
                " 2024-01-01",
                "2024-01-0١",
                "２０２４-01-01",
                ""));
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            texts.add(String.format(
                    Locale.ROOT, "%04d-%02d-%02d", 1890 + random.nextInt(20), random.nextInt(14), random.nextInt(33)));
        }
        for (String text : texts) {
            assertThat(read(text)).as(text).isEqualTo(expected(text));
        }
    }
}
