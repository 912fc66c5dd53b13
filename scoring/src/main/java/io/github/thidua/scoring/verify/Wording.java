package io.github.thidua.scoring.verify;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How failures are worded: one sentence of expected and actual, a note, the explanation. */
final class Wording {

    private Wording() {}

    /** One failed check, worded in a language. */
    static VerificationFailure failure(
            Locale locale, Text subject, Text what, String expected, String actual, Text note, Explanation why) {
        boolean vi = Text.isVietnamese(locale);
        String subjectText = subject.in(locale);
        String whatText = what.in(locale);
        StringBuilder message = new StringBuilder(subjectText).append(": ");
        if (vi) {
            message.append(whatText)
                    .append(" mong đợi ")
                    .append(expected)
                    .append(", thực tế ")
                    .append(actual)
                    .append('.');
        } else {
            message.append("expected ")
                    .append(whatText)
                    .append(' ')
                    .append(expected)
                    .append(", actual ")
                    .append(actual)
                    .append('.');
        }
        if (note != null) {
            message.append('\n').append(note.in(locale));
        }
        String rendered = why == null ? null : indent(why.render(locale));
        if (rendered != null) {
            message.append('\n')
                    .append(vi ? "Giải thích:" : "Why:")
                    .append('\n')
                    .append(rendered);
        }
        return new VerificationFailure(subjectText + ": " + whatText, expected, actual, rendered, message.toString());
    }

    /** Several failed checks as one. */
    static VerificationFailure all(Locale locale, List<VerificationFailure> failures) {
        StringBuilder message = new StringBuilder(
                Text.isVietnamese(locale)
                        ? failures.size() + " kiểm tra không đạt:"
                        : failures.size() + " checks failed:");
        for (int i = 0; i < failures.size(); i++) {
            message.append("\n\n")
                    .append(i + 1)
                    .append(") ")
                    .append(failures.get(i).getMessage());
        }
        return new VerificationFailure(failures, message.toString());
    }

    static String indent(String text) {
        return text.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    /** Points as the explanations show them: a decimal comma in Vietnamese. */
    static String show(Points points, Locale locale) {
        String s = points.toString();
        return Text.isVietnamese(locale) ? s.replace('.', ',') : s;
    }

    static String ids(Collection<Id> ids) {
        return ids.isEmpty() ? "—" : ids.stream().map(Id::value).sorted().collect(Collectors.joining(", "));
    }

    static String list(Collection<String> values) {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }

    static Text unit(Id unit) {
        return Text.of("Đơn vị " + unit.value(), "Unit " + unit.value());
    }

    static Text none() {
        return Text.of("không có", "none");
    }

    /** True when the explanation says the fragment in either language. */
    static boolean mentions(Explanation why, String fragment) {
        return why.render(Text.VIETNAMESE).contains(fragment)
                || why.render(Locale.ENGLISH).contains(fragment);
    }
}
