package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a ranking into award proposals by walking an {@link AwardLadder}, one step at a time,
 * highest award first.
 *
 * <p>At each step, the units not yet proposed (nor held at an earlier quota line) that the step
 * {@link AwardStep#selects selects} become candidates if the award accepts their recipient kind
 * and they pass every eligibility rule; the candidates, in rank order, are then cut by the step's
 * quota, and a tie across the line is settled by the quota's {@link StraddleRule}. Units with
 * equal rank positions are tied and always share one outcome, so the result never depends on the
 * order of the input: units are ordered by rank position, and by id only to list units whose
 * outcome is the same. Stateless and thread-safe.
 *
 * <pre>{@code
 * Registry registry = Registry.builtIns();
 * List<AwardDecision> decisions = AwardPlanner.plan(
 *         ladder, units, Year.of(2024), name -> registry.eligibilityCheck(name).orElse(null));
 * }</pre>
 */
public final class AwardPlanner {

    private static final Comparator<AwardInput> RANK_ORDER =
            Comparator.comparingInt((AwardInput u) -> u.rank().position()).thenComparing(AwardInput::unit);

    private AwardPlanner() {}

    /**
     * Plans the awards of one cluster or sub-group (as the ladder's {@link AwardLadder#scope()
     * scope} says) for a year.
     *
     * @param ladder the ladder, not null
     * @param units the units, each id once, any order; not null
     * @param year the year the awards are for, passed to the eligibility checks; not null
     * @param checks finds an eligibility check by its name, returning null when there is none
     *     (such as {@code name -> registry.eligibilityCheck(name).orElse(null)}); not null
     * @return one decision per unit, ordered by rank position, then unit id
     * @throws ValidationException if a unit id repeats, a check is unknown or a rule's parameters
     *     are invalid for its check
     */
    public static List<AwardDecision> plan(
            AwardLadder ladder, List<AwardInput> units, Year year, Function<String, EligibilityCheck> checks) {
        requireNonNull(ladder, "ladder");
        requireNonNull(units, "units");
        requireNonNull(year, "year");
        requireNonNull(checks, "checks");
        List<List<EligibilityCheck>> resolved = resolve(ladder, checks);
        List<AwardInput> ordered = new ArrayList<>(units);
        ordered.forEach(u -> requireNonNull(u, "unit"));
        ordered.sort(RANK_ORDER);
        Set<Id> seen = new HashSet<>();
        for (AwardInput unit : ordered) {
            if (!seen.add(unit.unit())) {
                throw ValidationException.invalid(
                        "AwardPlanner",
                        "units",
                        unit.unit().value(),
                        Text.of("mã đơn vị bị trùng", "duplicate unit id"),
                        Text.of("mỗi đơn vị một lần", "each unit once"));
            }
        }

        Map<Id, List<Explanation>> steps = new HashMap<>();
        Map<Id, AwardStatus> lastStatus = new HashMap<>();
        Map<Id, AwardKind> proposed = new HashMap<>();
        Map<Id, AwardKind> held = new HashMap<>();
        ordered.forEach(u -> steps.put(u.unit(), new ArrayList<>()));

        for (int i = 0; i < ladder.steps().size(); i++) {
            AwardStep step = ladder.steps().get(i);
            Text stepName = stepName(i, step);
            List<AwardInput> candidates = new ArrayList<>();
            Map<Id, List<Explanation>> passed = new HashMap<>();
            for (AwardInput unit : ordered) {
                if (proposed.containsKey(unit.unit()) || held.containsKey(unit.unit())) {
                    continue;
                }
                List<Explanation> trail = steps.get(unit.unit());
                if (!step.selects(unit)) {
                    trail.add(Explanation.deferred(() -> unitInputs(Explanation.builder(), unit)
                            .key("award.step.not-selected")
                            .text(Text.of(
                                    stepName.vi() + ": không thuộc diện xét ("
                                            + step.describeSelector().vi() + ")",
                                    stepName.en() + ": not selected ("
                                            + step.describeSelector().en() + ")"))
                            .build()));
                    continue;
                }
                if (!step.award().accepts(unit.recipientKind())) {
                    lastStatus.put(unit.unit(), AwardStatus.INELIGIBLE);
                    trail.add(Explanation.deferred(() -> Explanation.builder()
                            .key("award.step.recipient-kind")
                            .text(Text.of(
                                    stepName.vi() + ": không dành cho "
                                            + unit.recipientKind().label().vi(),
                                    stepName.en() + ": not given to a "
                                            + unit.recipientKind().label().en()))
                            .putInputs("recipient-kind", unit.recipientKind().name())
                            .build()));
                    continue;
                }
                List<Explanation> outcomes = new ArrayList<>();
                List<String> failed = new ArrayList<>();
                for (int j = 0; j < step.eligibility().size(); j++) {
                    EligibilityRule rule = step.eligibility().get(j);
                    EligibilityOutcome outcome =
                            resolved.get(i).get(j).check(eligibilityInput(unit, step, year), rule.parameters());
                    outcomes.add(outcome.explanation());
                    if (!outcome.eligible()) {
                        failed.add(rule.check());
                    }
                }
                if (!failed.isEmpty()) {
                    lastStatus.put(unit.unit(), AwardStatus.INELIGIBLE);
                    String names = String.join(", ", failed);
                    trail.add(Explanation.deferred(() -> Explanation.builder()
                            .key("award.step.ineligible")
                            .text(Text.of(
                                    stepName.vi() + ": không đạt tiêu chuẩn " + names,
                                    stepName.en() + ": fails " + names))
                            .putInputs("failed", names)
                            .addAllChildren(outcomes)
                            .build()));
                    continue;
                }
                passed.put(unit.unit(), outcomes);
                candidates.add(unit);
            }
            cut(step, stepName, candidates, units.size(), passed, steps, lastStatus, proposed, held);
        }

        List<AwardDecision> decisions = new ArrayList<>(ordered.size());
        for (AwardInput unit : ordered) {
            Id id = unit.unit();
            AwardDecision.Builder decision = AwardDecision.builder().unit(id);
            Explanation.Builder why = unitInputs(Explanation.builder(), unit).addAllChildren(steps.get(id));
            if (proposed.containsKey(id)) {
                AwardKind award = proposed.get(id);
                decision.award(award).status(AwardStatus.PROPOSED);
                why.key("award.decision.proposed")
                        .text(Text.of(
                                "Đề nghị " + award.name().vi(),
                                "Proposed for the " + award.name().en()));
            } else if (held.containsKey(id)) {
                AwardKind award = held.get(id);
                decision.status(AwardStatus.UNDECIDED_AT_QUOTA_LINE);
                why.key("award.decision.undecided")
                        .text(Text.of(
                                "Chờ quyết định tại ngưỡng chỉ tiêu "
                                        + award.name().vi(),
                                "To be decided at the quota line of the "
                                        + award.name().en()));
            } else {
                AwardStatus status = lastStatus.getOrDefault(id, AwardStatus.NOT_QUALIFIED);
                decision.status(status);
                why.key("award.decision.none")
                        .text(Text.of(
                                "Không đề nghị: " + status.label().vi(),
                                "No award: " + status.label().en()));
            }
            decisions.add(decision.explanation(Explanation.deferred(why::build)).build());
        }
        return List.copyOf(decisions);
    }

    private static List<List<EligibilityCheck>> resolve(AwardLadder ladder, Function<String, EligibilityCheck> checks) {
        List<List<EligibilityCheck>> resolved = new ArrayList<>();
        for (int i = 0; i < ladder.steps().size(); i++) {
            List<EligibilityCheck> found = new ArrayList<>();
            List<EligibilityRule> rules = ladder.steps().get(i).eligibility();
            for (int j = 0; j < rules.size(); j++) {
                EligibilityRule rule = rules.get(j);
                EligibilityCheck check = checks.apply(rule.check());
                if (check == null) {
                    throw ValidationException.invalid(
                            "AwardLadder",
                            "steps[" + i + "].eligibility[" + j + "].check",
                            rule.check(),
                            Text.of(
                                    "không có tiêu chuẩn xét khen thưởng tên này",
                                    "no eligibility check with this name"),
                            Text.of(
                                    "tên một tiêu chuẩn đã đăng ký, như member-share",
                                    "the name of a registered check, such as member-share"));
                }
                // Fails on a bad parameter before any unit is looked at.
                check.validate(rule.parameters());
                found.add(check);
            }
            resolved.add(found);
        }
        return resolved;
    }

    private static void cut(
            AwardStep step,
            Text stepName,
            List<AwardInput> candidates,
            int members,
            Map<Id, List<Explanation>> passed,
            Map<Id, List<Explanation>> steps,
            Map<Id, AwardStatus> lastStatus,
            Map<Id, AwardKind> proposed,
            Map<Id, AwardKind> held) {
        int n = candidates.size();
        if (step.quota().isEmpty()) {
            for (AwardInput unit : candidates) {
                proposed.put(unit.unit(), step.award());
                steps.get(unit.unit())
                        .add(Explanation.builder()
                                .key("award.step.proposed")
                                .text(Text.of(
                                        stepName.vi() + ": đủ điều kiện, không giới hạn chỉ tiêu",
                                        stepName.en() + ": qualifies, no quota"))
                                .addAllChildren(passed.get(unit.unit()))
                                .build());
            }
            return;
        }
        Quota quota = step.quota().get();
        int limit = quota.limit(n, members);
        // The line falls after `limit` candidates; a rank position shared across it is a straddling tie.
        // Without a straddling tie, the first min(limit, n) candidates are in and the rest out.
        int inBefore = Math.min(limit, n);
        int tieEnd = inBefore;
        boolean straddles = limit > 0
                && limit < n
                && candidates.get(limit - 1).rank().position()
                        == candidates.get(limit).rank().position();
        if (straddles) {
            int position = candidates.get(limit).rank().position();
            inBefore = 0;
            while (candidates.get(inBefore).rank().position() < position) {
                inBefore++;
            }
            tieEnd = limit;
            while (tieEnd < n && candidates.get(tieEnd).rank().position() == position) {
                tieEnd++;
            }
        }
        List<AwardInput> tied = candidates.subList(inBefore, tieEnd);
        Text line = Text.of(
                "chỉ tiêu " + quota.describe().vi() + " = " + limit + " trong " + n + " đơn vị đủ điều kiện",
                "quota " + quota.describe().en() + " = " + limit + " of " + n + " qualifying units");
        String described = quota.describe().en();
        for (int k = 0; k < n; k++) {
            AwardInput unit = candidates.get(k);
            Id id = unit.unit();
            Explanation.Builder why = Explanation.builder()
                    .putInputs("quota", described)
                    .putInputs("limit", String.valueOf(limit))
                    .putInputs("candidates", String.valueOf(n))
                    .putInputs("rank", String.valueOf(unit.rank().position()))
                    .addAllChildren(passed.get(id));
            if (k < inBefore) {
                proposed.put(id, step.award());
                why.key("award.step.proposed")
                        .text(Text.of(
                                stepName.vi() + ": trong " + line.vi(), stepName.en() + ": within the " + line.en()));
            } else if (k >= tieEnd) {
                lastStatus.put(id, AwardStatus.CUT_BY_QUOTA);
                why.key("award.step.cut-by-quota")
                        .text(Text.of(
                                stepName.vi() + ": ngoài " + line.vi(), stepName.en() + ": outside the " + line.en()));
            } else {
                straddle(
                        quota.straddle(),
                        stepName,
                        line,
                        limit - inBefore,
                        tied,
                        unit,
                        step,
                        why,
                        lastStatus,
                        proposed,
                        held);
            }
            steps.get(id).add(Explanation.deferred(why::build));
        }
    }

    private static void straddle(
            StraddleRule rule,
            Text stepName,
            Text line,
            int places,
            List<AwardInput> tied,
            AwardInput unit,
            AwardStep step,
            Explanation.Builder why,
            Map<Id, AwardStatus> lastStatus,
            Map<Id, AwardKind> proposed,
            Map<Id, AwardKind> held) {
        String others = tied.stream()
                .map(AwardInput::unit)
                .filter(t -> !t.equals(unit.unit()))
                .map(Id::value)
                .collect(Collectors.joining(", "));
        String vi = stepName.vi() + ": đồng hạng " + unit.rank().position() + " với " + others + " tại ngưỡng "
                + line.vi() + " (" + places + " chỗ cho " + tied.size() + " đơn vị); ";
        String en = stepName.en() + ": tied at rank " + unit.rank().position() + " with " + others
                + " at the line of the " + line.en() + " (" + places + " places for " + tied.size() + " units); ";
        why.putInputs("straddle", rule.name()).putInputs("tied-with", others);
        switch (rule) {
            case INCLUDE_ALL -> {
                proposed.put(unit.unit(), step.award());
                why.key("award.step.proposed.tie-included")
                        .text(Text.of(
                                vi + "đề nghị tất cả, vượt chỉ tiêu", en + "all are included, exceeding the quota"));
            }
            case EXCLUDE_ALL -> {
                lastStatus.put(unit.unit(), AwardStatus.CUT_BY_QUOTA);
                why.key("award.step.cut-by-quota.tie-excluded")
                        .text(Text.of(vi + "không đề nghị đơn vị nào", en + "all are excluded"));
            }
            case REFER_TO_VOTE -> {
                held.put(unit.unit(), step.award());
                why.key("award.step.undecided.vote").text(Text.of(vi + "đưa ra bỏ phiếu", en + "referred to a vote"));
            }
            case CONTINUE_TIE_CHAIN -> {
                held.put(unit.unit(), step.award());
                Text decider = unit.rank().decider().orElse(Text.of("người có thẩm quyền", "the competent person"));
                why.key("award.step.undecided.tie-chain")
                        .text(Text.of(
                                vi + "các tiêu chí phụ không phân định được, chờ " + decider.vi() + " quyết định",
                                en + "the tie-break chain left them level, for " + decider.en() + " to decide"));
            }
        }
    }

    private static EligibilityInput eligibilityInput(AwardInput unit, AwardStep step, Year year) {
        return EligibilityInput.builder()
                .recipient(unit.unit())
                .recipientKind(unit.recipientKind())
                .award(step.award())
                .year(year)
                .addAllHistory(unit.history())
                .standing(unit.standing())
                .disciplinePending(unit.disciplinePending())
                .underInvestigation(unit.underInvestigation())
                .build();
    }

    private static Explanation.Builder unitInputs(Explanation.Builder builder, AwardInput unit) {
        builder.putInputs("rank", String.valueOf(unit.rank().position()));
        unit.band().ifPresent(b -> builder.putInputs("band", b));
        return builder;
    }

    private static Text stepName(int index, AwardStep step) {
        return Text.of(
                "Bậc " + (index + 1) + " (" + step.award().name().vi() + ")",
                "Step " + (index + 1) + " (" + step.award().name().en() + ")");
    }
}
