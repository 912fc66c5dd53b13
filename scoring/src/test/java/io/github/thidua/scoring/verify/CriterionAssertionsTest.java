package io.github.thidua.scoring.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks on one criterion of a unit: exact points, the explanation, unknown criteria. */
class CriterionAssertionsTest {

    private static Verification example;

    @BeforeAll
    static void evaluateTheWorkedExampleOnce() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        example = verifier.given(VerifierFixtures.cluster(verifier));
    }

    @Test
    void hasPoints_comparesByExactValue() {
        example.unit("son-la")
                .criterion("I.1")
                .hasPoints("35")
                .criterion("I.1")
                .hasPoints("35.00")
                .criterion("I.1")
                .hasPoints(35)
                .criterion("D")
                .hasPoints("0");
    }

    @Test
    void hasPoints_failsWithTheCriterionsExplanation() {
        VerificationFailure f = catchThrowableOfType(
                VerificationFailure.class,
                () -> example.unit("son-la").criterion("I.1").hasPoints("34.99"));
        assertThat(f.getMessage())
                .startsWith("Unit son-la, criterion I.1: expected points 34.99, actual 35.\nWhy:\n"
                        + "  I.1 Phát triển hội viên mới: 35 / 40 points (criterion: I.1, kind: leader-relative)\n    ")
                .contains("1.15");
        assertThat(f.subject()).isEqualTo("Unit son-la, criterion I.1: points");
        // Only this criterion's explanation: not the unit's whole tree.
        assertThat(f.getMessage()).doesNotContain("II.1").doesNotContain("rank");
    }

    @Test
    void hasPoints_showsDeductionsAsNegative() {
        VerificationFailure f = catchThrowableOfType(
                VerificationFailure.class,
                () -> example.unit("hoa-binh").criterion("D").hasPoints("1"));
        assertThat(f.getMessage()).startsWith("Unit hoa-binh, criterion D: expected points 1, actual -1.");
    }

    @Test
    void hasPoints_refusesTextThatIsNotADecimal() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> example.unit("son-la").criterion("I.1").hasPoints("35,5"));
        assertThat(e.getMessage()).contains("not a decimal number").contains("35,5");
    }

    @Test
    void criterion_unknown_listsTheTablesCriteria() {
        VerificationFailure f = catchThrowableOfType(
                VerificationFailure.class, () -> example.unit("son-la").criterion("I.3"));
        assertThat(f.getMessage())
                .isEqualTo("Unit son-la: expected criterion I.3 present, actual absent.\n"
                        + "The criteria of the table: I.1, I.2, II.1, II.2, T, D");
    }

    @Test
    void hasExplanationContaining_findsTheRulesWords_inEitherLanguage() {
        example.unit("lao-cai")
                .criterion("II.2")
                .hasExplanationContaining("Not achieved")
                .criterion("II.2")
                .hasExplanationContaining("Không đạt");

        VerificationFailure f = catchThrowableOfType(
                VerificationFailure.class,
                () -> example.unit("lao-cai").criterion("II.2").hasExplanationContaining("Achieved: the maximum"));
        assertThat(f.getMessage())
                .startsWith("Unit lao-cai, criterion II.2: expected explanation containing “Achieved: the maximum”, "
                        + "actual not found.\nWhy:\n  II.2");
    }

    @Test
    void hasPoints_inVietnamese_writesADecimalComma() {
        PolicyVerifier vi = PolicyVerifier.of(VerifierFixtures.policy()).inLanguage(Text.VIETNAMESE);
        VerificationFailure f = catchThrowableOfType(
                VerificationFailure.class,
                () -> vi.given(VerifierFixtures.cluster(vi))
                        .unit("hoa-binh")
                        .criterion("D")
                        .hasPoints("-0.5"));
        assertThat(f.getMessage())
                .startsWith("Đơn vị hoa-binh, tiêu chí D: điểm mong đợi -0,5, thực tế -1.\nGiải thích:\n"
                        + "  D Điểm trừ: báo cáo chậm: -1 / 3 điểm");
    }
}
