package io.github.thidua.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredExplanationTest {

    private static Explanation leaderRelative() {
        return Explanation.builder()
                .key("criterion.leader-relative")
                .text(Text.of("Vượt chỉ tiêu, sau đơn vị dẫn đầu", "Above target, behind the leader"))
                .value(Points.parse("7.5"))
                .putInputs("target", "7.8")
                .addChildren(Explanation.of("criterion.qualitative", Text.of("Đạt", "Achieved")))
                .build();
    }

    @Test
    void deferred_answersEveryAttributeOfTheExplanationItResolvesTo() {
        Explanation now = leaderRelative();
        Explanation later = Explanation.deferred(DeferredExplanationTest::leaderRelative);

        assertThat(later.key()).isEqualTo("criterion.leader-relative");
        assertThat(later.text()).isEqualTo(now.text());
        assertThat(later.value()).contains(Points.parse("7.5"));
        assertThat(later.inputs()).containsExactly(java.util.Map.entry("target", "7.8"));
        assertThat(later.children()).containsExactlyElementsOf(now.children());
        assertThat(later.render(Locale.ENGLISH)).isEqualTo(now.render(Locale.ENGLISH));
    }

    @Test
    void deferred_equalsHashesAndPrintsAsTheResolvedExplanation() {
        Explanation now = leaderRelative();
        Explanation later = Explanation.deferred(DeferredExplanationTest::leaderRelative);

        assertThat(later).isEqualTo(now);
        assertThat(now).isEqualTo(later);
        assertThat(later).hasSameHashCodeAs(now);
        assertThat(later.toString()).isEqualTo(now.toString()).contains("value=7.5");
        assertThat(later).isNotEqualTo(Explanation.of("criterion.qualitative", Text.of("Đạt", "Achieved")));
    }

    @Test
    void deferred_callsTheSourceOnlyOnce() {
        AtomicInteger calls = new AtomicInteger();
        Explanation later = Explanation.deferred(() -> {
            calls.incrementAndGet();
            return leaderRelative();
        });
        assertThat(calls).hasValue(0);

        later.key();
        later.text();
        later.render(Locale.ENGLISH);

        assertThat(calls).hasValue(1);
    }

    @Test
    void deferred_chain_resolvesToTheExplanationAtItsEnd() {
        Explanation chain = Explanation.deferred(
                () -> Explanation.deferred(() -> Explanation.deferred(DeferredExplanationTest::leaderRelative)));

        assertThat(chain.key()).isEqualTo("criterion.leader-relative");
        assertThat(chain).isEqualTo(leaderRelative());
    }

    @Test
    void deferred_sourceReturningNull_isReportedAsMissingOnFirstUse() {
        Explanation later = Explanation.deferred(() -> null);

        assertThatThrownBy(later::key)
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("deferred"));
    }

    @Test
    void equals_differentValueOrInputs_isFalse() {
        Explanation base = leaderRelative();
        Explanation otherValue = Explanation.builder()
                .key("criterion.leader-relative")
                .text(base.text())
                .value(Points.parse("7"))
                .putInputs("target", "7.8")
                .addAllChildren(base.children())
                .build();
        Explanation otherInputs = Explanation.builder()
                .key("criterion.leader-relative")
                .text(base.text())
                .value(Points.parse("7.5"))
                .putInputs("target", "7.9")
                .addAllChildren(base.children())
                .build();

        assertThat(base).isNotEqualTo(otherValue).isNotEqualTo(otherInputs);
    }
}
