package io.github.thidua.scoring.axioms;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.AwardInput;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.LadderScope;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.QuotaBase;
import io.github.thidua.scoring.StraddleRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** No award is proposed to more units than its steps' quotas allow. */
final class QuotasNeverExceeded extends BuiltInAxiom {

    static final String NAME = "quotas-never-exceeded";

    QuotasNeverExceeded() {
        super(
                NAME,
                Text.of(
                        "không bậc khen thưởng nào đề nghị vượt chỉ tiêu",
                        "no award step proposes more units than its quota allows"));
    }

    @Override
    public Optional<Violation> check(Trial trial) {
        Optional<AwardLadder> ladder = trial.policy().awards();
        if (ladder.isEmpty()) {
            return Optional.empty();
        }
        Evaluation evaluation = trial.evaluation();
        Cluster cluster = trial.input().covenant().cluster();
        List<List<Id>> batches = new ArrayList<>();
        if (ladder.get().scope() == LadderScope.SUB_GROUP
                && !cluster.subGroups().isEmpty()) {
            cluster.subGroups().stream()
                    .sorted(Comparator.comparing(SubGroup::id))
                    .forEach(g -> batches.add(g.members().stream().sorted().toList()));
        } else {
            batches.add(cluster.members().stream().map(Collective::id).sorted().toList());
        }
        Map<Id, UnitResult> results = new HashMap<>();
        evaluation.result().units().forEach(u -> results.put(u.unit(), u));
        Map<Id, AwardDecision> decisions = new HashMap<>();
        evaluation.awards().forEach(d -> decisions.put(d.unit(), d));
        Map<Id, List<AwardStep>> stepsByAward = new LinkedHashMap<>();
        Map<Id, AwardKind> kinds = new HashMap<>();
        for (AwardStep step : ladder.get().steps()) {
            stepsByAward
                    .computeIfAbsent(step.award().id(), k -> new ArrayList<>())
                    .add(step);
            kinds.put(step.award().id(), step.award());
        }
        List<Text> details = new ArrayList<>();
        for (List<Id> batch : batches) {
            for (Map.Entry<Id, List<AwardStep>> entry : stepsByAward.entrySet()) {
                Id award = entry.getKey();
                List<AwardStep> steps = entry.getValue();
                boolean capped = steps.stream()
                        .allMatch(s -> s.quota().isPresent() && s.quota().get().straddle() != StraddleRule.INCLUDE_ALL);
                if (!capped) {
                    continue;
                }
                int bound = 0;
                List<String> quotas = new ArrayList<>();
                for (AwardStep step : steps) {
                    int limit = limit(step, batch, results);
                    bound += limit;
                    quotas.add(step.quota().get().describe().en() + " = " + limit);
                }
                TreeSet<String> byDecision = new TreeSet<>();
                int byResult = 0;
                for (Id unit : batch) {
                    AwardDecision d = decisions.get(unit);
                    if (d != null
                            && d.status() == AwardStatus.PROPOSED
                            && d.award().map(a -> a.id().equals(award)).orElse(false)) {
                        byDecision.add(unit.value());
                    }
                    UnitResult u = results.get(unit);
                    if (u != null) {
                        for (AwardProposal p : u.proposals()) {
                            if (p.awardKind().id().equals(award)) {
                                byResult++;
                            }
                        }
                    }
                }
                int proposed = Math.max(byDecision.size(), byResult);
                if (proposed > bound) {
                    String name = kinds.get(award).name().en();
                    details.add(Text.of(
                            award + ": đề nghị " + proposed + " đơn vị " + byDecision + " trong " + batch.size()
                                    + ", chỉ tiêu cho phép " + bound + " (" + String.join("; ", quotas) + ")",
                            award + " (" + name + "): " + proposed + " units proposed " + byDecision + " of "
                                    + batch.size() + ", the quota allows " + bound + " (" + String.join("; ", quotas)
                                    + ")"));
                }
            }
        }
        if (details.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Violation.of(
                NAME + ".exceeded",
                Text.of("Số đơn vị được đề nghị vượt chỉ tiêu", "More units proposed than the quota allows"),
                details));
    }

    // The most the step may propose in the batch; for a share of its candidates, a share of the
    // units it selects, which are at least as many.
    private static int limit(AwardStep step, List<Id> batch, Map<Id, UnitResult> results) {
        Quota quota = step.quota().orElseThrow();
        if (quota.count().isPresent()) {
            return quota.count().getAsInt();
        }
        int of;
        if (quota.baseCount().isPresent()) {
            of = quota.baseCount().getAsInt();
        } else if (quota.base().orElseThrow() == QuotaBase.MEMBERS) {
            of = batch.size();
        } else {
            of = 0;
            for (Id unit : batch) {
                UnitResult u = results.get(unit);
                if (u == null
                        || u.rank().isEmpty()
                        || step.selects(AwardInput.builder()
                                .unit(unit)
                                .recipientKind(RecipientKind.COLLECTIVE)
                                .rank(u.rank().get())
                                .band(u.band().map(b -> b.code()))
                                .build())) {
                    of++;
                }
            }
        }
        return quota.share()
                .orElseThrow()
                .multiply(BigDecimal.valueOf(of))
                .setScale(0, RoundingMode.DOWN)
                .intValueExact();
    }
}
