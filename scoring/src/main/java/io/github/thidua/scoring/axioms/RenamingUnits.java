package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/** A bijection of unit ids maps every number of the evaluation exactly. */
final class RenamingUnits extends BuiltInAxiom {

    static final String NAME = "renaming-units";

    RenamingUnits() {
        super(
                NAME,
                Text.of(
                        "đổi mã các đơn vị (song ánh) chỉ đổi tên trong kết quả, không đổi số nào",
                        "renaming the units (a bijection of ids) renames the results and changes no number"));
    }

    @Override
    public Optional<Violation> check(Trial trial) {
        Evaluation base = trial.evaluation();
        List<Id> ids = trial.input().covenant().cluster().members().stream()
                .map(Collective::id)
                .sorted()
                .toList();
        // New ids whose sorted order is a random permutation of the old sorted order.
        RandomGenerator random = trial.random();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            slots.add(i);
        }
        List<Integer> permutation = Inputs.shuffled(random).apply(slots);
        Map<Id, Id> rename = new TreeMap<>();
        Map<Id, Id> back = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            int slot = permutation.get(i) + 1;
            Id renamed = Id.of("r" + (slot < 10 ? "0" + slot : String.valueOf(slot)));
            rename.put(ids.get(i), renamed);
            back.put(renamed, ids.get(i));
        }
        EvaluationInput renamed = Inputs.rebuild(trial.input(), rename, Set.of(), Inputs.SAME);
        Evaluation e = trial.evaluate(renamed);
        boolean ranks = trial.policy().ranking().chain().stream()
                .noneMatch(l -> l.name().equals("lot"));
        List<Text> details = Facts.of(base, UnaryOperator.identity(), ranks, false)
                .differences(
                        Facts.of(e, id -> back.getOrDefault(id, id), ranks, false),
                        Text.of("như đã cho", "as given"),
                        Text.of("sau khi đổi mã " + describe(rename), "renamed " + describe(rename)));
        if (details.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Violation.of(
                NAME + ".result",
                Text.of(
                        "Đổi mã đơn vị " + describe(rename) + " làm thay đổi kết quả",
                        "Renaming the units " + describe(rename) + " changes the results"),
                details));
    }

    private static String describe(Map<Id, Id> rename) {
        StringBuilder out = new StringBuilder();
        rename.forEach((a, b) ->
                out.append(out.length() == 0 ? "" : ", ").append(a).append("→").append(b));
        return "(" + out + ")";
    }
}
