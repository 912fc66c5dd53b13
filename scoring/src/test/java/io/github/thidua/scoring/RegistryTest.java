package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.Plugin;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private record NamedRule(String name) implements CriterionRule {
        @Override
        public Text label() {
            return Text.of("thử", "test");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            return List.of();
        }
    }

    @Test
    void with_addsAPluginFoundByItsName() {
        NamedRule rule = new NamedRule("my-rule");
        Registry registry = Registry.empty().with(rule);
        assertThat(registry.rule("my-rule")).containsSame(rule);
        assertThat(registry.names(CriterionRule.class)).containsExactly("my-rule");
        assertThat(Registry.empty().rule("my-rule")).isEmpty();
    }

    @Test
    void with_duplicateName_failsNamingBothClasses() {
        Registry registry = Registry.empty().with(new NamedRule("my-rule"));
        assertThatThrownBy(() -> registry.with(new NamedRule("my-rule")))
                .isInstanceOf(ThiDuaException.class)
                .hasMessageContaining("CriterionRule \"my-rule\" is registered twice")
                .hasMessageContaining(NamedRule.class.getName())
                .hasMessageContaining("Rename one plug-in");
    }

    @Test
    void with_invalidName_isRejected() {
        assertThatThrownBy(() -> Registry.empty().with(new NamedRule("My Rule")))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void with_somethingThatIsNoKnownPluginKind_isRejected() {
        Plugin odd = new Plugin() {
            @Override
            public String name() {
                return "odd";
            }

            @Override
            public Text label() {
                return Text.of("lạ", "odd");
            }
        };
        assertThatThrownBy(() -> Registry.empty().with(odd))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("implements no plug-in interface"));
    }

    @Test
    void require_unknownName_listsTheRegisteredNames() {
        Registry registry = Registry.empty().with(new NamedRule("alpha"), new NamedRule("beta"));
        assertThatThrownBy(() -> registry.require(CriterionRule.class, "gamma", "Policy", "table.criteria[A].kind"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("table.criteria[A].kind");
                    assertThat(e.getMessage()).contains("a registered name: alpha, beta");
                });
    }

    @Test
    void withDiscovered_withNothingOnThePath_changesNothing() {
        Registry registry = Registry.empty().withDiscovered(RegistryTest.class.getClassLoader());
        assertThat(registry.names(CriterionRule.class)).isEmpty();
    }

    @Test
    void builtIns_findTieBreakersVoteMethodsAndChecksByName_andNothingForAnUnknownName() {
        Registry r = Registry.builtIns();

        assertThat(r.tieBreaker("lot"))
                .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("lot"));
        assertThat(r.voteMethod("schulze"))
                .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("schulze"));
        assertThat(r.eligibilityCheck("consecutive-years"))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("consecutive-years"));
        assertThat(r.voteMethod("lot")).isEmpty();
    }
}
