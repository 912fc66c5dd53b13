package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reordering the input's lists changes nothing, explanations included. */
final class OrderIndependence extends BuiltInAxiom {

    static final String NAME = "order-independence";

    OrderIndependence() {
        super(
                NAME,
                Text.of(
                        "thứ tự của dữ liệu đầu vào không làm thay đổi kết quả và diễn giải",
                        "the order of the input changes neither the result nor its explanations"));
    }

    @Override
    public Optional<Violation> check(Trial trial) {
        Evaluation base = trial.evaluation();
        List<Inputs.Reorder> orders = List.of(Inputs.REVERSED, Inputs.shuffled(trial.random()));
        List<Text> names = List.of(Text.of("đảo ngược", "reversed"), Text.of("xáo trộn", "shuffled"));
        for (int i = 0; i < orders.size(); i++) {
            EvaluationInput other = Inputs.rebuild(trial.input(), Map.of(), Set.of(), orders.get(i));
            Evaluation e = trial.evaluate(other);
            // Equality compares every number and explanation; the facts only say where they differ.
            if (e.equals(base)) {
                continue;
            }
            Text name = names.get(i);
            List<Text> details = Facts.of(base, UnaryOperator.identity(), true, true)
                    .differences(
                            Facts.of(e, UnaryOperator.identity(), true, true), Text.of("như đã cho", "as given"), name);
            if (details.isEmpty()) {
                details = List.of(Text.of(
                        "các đánh giá khác nhau ở một thuộc tính không phải số (như văn bản tiếng Việt)",
                        "the evaluations differ in an attribute other than the numbers (such as the Vietnamese text)"));
            }
            return Optional.of(Violation.of(
                    NAME + ".result",
                    Text.of(
                            "Đầu vào " + name.vi() + " cho kết quả khác",
                            "The input " + name.en() + " gives another result"),
                    details));
        }
        return Optional.empty();
    }
}
