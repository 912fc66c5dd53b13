package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.ScoreSource;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A policy and an input on which an axiom fails, usually the simplest the shrinker found, with a
 * readable rendering of what matters: the criteria, the policy's features that are not defaults,
 * each unit's inputs and targets, the votes, past awards and pending matters.
 *
 * <p>Immutable and thread-safe. The values are the library's own, so a counterexample can be fed
 * back to an evaluator, written as JSON by the serialization module, or turned into a regression
 * test.
 *
 * <pre>{@code
 * Counterexample c = report.failures().get(0).shrunk();
 * c.units();                       // 2
 * String text = c.render(Locale.ENGLISH); // policy, units and values, readable
 * }</pre>
 *
 * @param policy the policy, not null
 * @param input the input, not null
 */
public record Counterexample(Policy policy, EvaluationInput input) {

    /**
     * Checks the components.
     *
     * @param policy the policy, not null
     * @param input the input, not null
     */
    public Counterexample {
        requireNonNull(policy, "policy");
        requireNonNull(input, "input");
    }

    /**
     * Returns the number of units of the cluster.
     *
     * @return 2 or more
     */
    public int units() {
        return input.covenant().cluster().members().size();
    }

    /**
     * Returns the number of criteria of the policy's table.
     *
     * @return 1 or more
     */
    public int criteria() {
        return policy.table().criteria().size();
    }

    /**
     * Renders the counterexample as indented lines.
     *
     * @param locale the reader's locale (Vietnamese or English labels), not null
     * @return the lines, without a trailing line break
     */
    public String render(Locale locale) {
        requireNonNull(locale, "locale");
        boolean vi = Text.isVietnamese(locale);
        List<String> lines = new ArrayList<>();
        ScoringTable table = policy.table();
        StringBuilder head = new StringBuilder(vi ? "Quy chế " : "Policy ")
                .append(policy.id())
                .append(' ')
                .append(policy.version())
                .append(": ")
                .append(criteria())
                .append(vi ? " tiêu chí, tối đa " : criteria() == 1 ? " criterion, maximum " : " criteria, maximum ")
                .append(table.maxPoints());
        if (table.bonusCap().signum() > 0) {
            head.append(vi ? ", trần điểm thưởng " : ", bonus cap ").append(table.bonusCap());
        }
        if (table.deductionCap().signum() > 0) {
            head.append(vi ? ", trần điểm trừ " : ", deduction cap ").append(table.deductionCap());
        }
        lines.add(head.toString());
        features(vi, lines);
        nodes(table.roots(), "  ", vi, lines);
        int n = units();
        lines.add((vi ? "Cụm: " + n + " đơn vị" : "Cluster: " + n + (n == 1 ? " unit" : " units")));
        for (SubGroup g : input.covenant().cluster().subGroups()) {
            lines.add("  " + g.id() + ": " + ids(g.members()));
        }
        for (Collective m : input.covenant().cluster().members()) {
            lines.add("  " + unit(m, vi));
        }
        for (Vote v : input.votes()) {
            lines.add((vi ? "Bỏ phiếu " : "Vote ") + v.id() + ": " + ballots(v, vi));
        }
        for (AwardRecord r : input.awardHistory()) {
            lines.add((vi ? "Đã được khen: " : "Past award: ") + r.recipient() + " " + r.awardKind() + " " + r.year());
        }
        if (!input.disciplinePending().isEmpty()) {
            lines.add((vi ? "Đang xem xét kỷ luật: " : "Discipline pending: ")
                    + ids(List.copyOf(input.disciplinePending())));
        }
        if (!input.underInvestigation().isEmpty()) {
            lines.add((vi ? "Đang bị thanh tra, điều tra: " : "Under investigation: ")
                    + ids(List.copyOf(input.underInvestigation())));
        }
        input.decisionDate().ifPresent(d -> lines.add((vi ? "Ngày quyết định: " : "Decision date: ") + d));
        return String.join("\n", lines);
    }

    private void features(boolean vi, List<String> lines) {
        if (policy.source() == ScoreSource.RECORDED) {
            lines.add("  " + (vi ? "điểm đã chấm ở giai đoạn " : "points recorded at stage ") + policy.countingStage()
                    + (vi ? ", thiếu: " : ", if missing: ") + policy.missingStage());
        }
        if (!policy.rounding().equals(RoundingPlan.none())) {
            RoundingPlan r = policy.rounding();
            lines.add("  " + (vi ? "làm tròn: tiêu chí " : "rounding: criterion ") + r.criterion()
                    + (vi ? ", nhóm " : ", group ") + r.group() + (vi ? ", tổng " : ", total ") + r.total());
        }
        if (policy.scope() == EvaluationScope.SUB_GROUP) {
            lines.add("  " + (vi ? "chấm và xếp hạng theo từng nhóm" : "scored and ranked per sub-group"));
        }
        if (policy.missingSheet() != MissingSheetPolicy.REJECT) {
            lines.add("  " + (vi ? "thiếu phiếu: " : "missing sheet: ") + policy.missingSheet());
        }
        policy.bands().ifPresent(b -> {
            List<String> bands = new ArrayList<>();
            for (Band band : b.bands()) {
                bands.add(band.code()
                        + band.min().map(m -> " ≥ " + m).orElse("")
                        + (band.guards().isEmpty()
                                ? ""
                                : " "
                                        + band.guards().stream()
                                                .map(g -> g.label().en())
                                                .toList()));
            }
            lines.add("  " + (vi ? "xếp loại: " : "bands: ") + String.join("; ", bands)
                    + (b.knockOuts().isEmpty() ? "" : (vi ? "; loại trừ " : "; knock-outs ") + b.knockOuts())
                    + (b.disciplineCaps().isEmpty()
                            ? ""
                            : (vi ? "; trần kỷ luật " : "; discipline caps ") + b.disciplineCaps())
                    + "; " + b.guardFallback()
                    + b.fallbackBand().map(f -> " " + f).orElse(""));
        });
        List<String> chain = policy.ranking().chain().stream()
                .map(l -> l.name() + (l.parameters().asMap().isEmpty() ? "" : " " + l.parameters()))
                .toList();
        if (!chain.isEmpty() || policy.ranking().kind() != RankingKind.COMPETITION) {
            lines.add("  " + (vi ? "xếp hạng: " : "ranking: ")
                    + policy.ranking().kind()
                    + (chain.isEmpty() ? "" : (vi ? ", tiêu chí phụ " : ", tie-breakers ") + String.join(", ", chain)));
        }
        if (policy.rankingVote().isPresent() || !policy.voteRulesByVote().isEmpty()) {
            lines.add(
                    "  " + (vi ? "bỏ phiếu: " : "votes: ") + policy.voteRules().method() + " "
                            + policy.voteRules().parameters()
                            + policy.rankingVote()
                                    .map(v -> (vi ? ", xếp hạng theo " : ", ranking by ") + v)
                                    .orElse("")
                            + (policy.voteRulesByVote().isEmpty() ? "" : ", " + policy.voteRulesByVote()));
        }
        policy.awards().ifPresent(ladder -> {
            List<String> steps = new ArrayList<>();
            for (AwardStep s : ladder.steps()) {
                steps.add(s.award().id() + " " + s.describeSelector().in(vi ? Text.VIETNAMESE : Locale.ENGLISH)
                        + s.quota()
                                .map(q -> (vi ? ", chỉ tiêu " : ", quota ")
                                        + q.describe().in(vi ? Text.VIETNAMESE : Locale.ENGLISH) + " " + q.straddle())
                                .orElse("")
                        + (s.eligibility().isEmpty()
                                ? ""
                                : ", "
                                        + s.eligibility().stream()
                                                .map(e -> e.check())
                                                .toList()));
            }
            lines.add("  " + (vi ? "khen thưởng (" : "awards (") + ladder.scope() + "): " + String.join("; ", steps));
        });
        policy.cash().ifPresent(c -> lines.add("  " + (vi ? "có tính tiền thưởng" : "cash rewards computed")));
    }

    private static void nodes(List<CriterionNode> nodes, String indent, boolean vi, List<String> lines) {
        for (CriterionNode node : nodes) {
            if (node instanceof CriterionGroup g) {
                lines.add(indent + g.code() + (vi ? " (nhóm, tối đa " : " (group, maximum ") + g.maxPoints() + ")");
                nodes(g.children(), indent + "  ", vi, lines);
            } else {
                Criterion c = (Criterion) node;
                lines.add(indent + c.code() + " [" + kind(c.kind()) + "] " + (vi ? "tối đa " : "max ") + c.maxPoints());
            }
        }
    }

    private static String kind(CriterionKind kind) {
        if (kind instanceof Qualitative q) {
            return "qualitative"
                    + (q.fractionIfNotAchieved().signum() == 0
                            ? ""
                            : ", " + q.fractionIfNotAchieved() + " if not achieved");
        }
        if (kind instanceof Quantitative q) {
            return "quantitative on " + q.indicator() + ", ratio cap " + q.ratioCap() + ", missing target "
                    + q.missingTarget();
        }
        if (kind instanceof LeaderRelative l) {
            return "leader-relative on " + l.indicator() + ", " + l.leaderTie();
        }
        if (kind instanceof CountBased c) {
            return "count, " + c.pointsPerOccurrence() + " each";
        }
        if (kind instanceof Bonus b) {
            return "bonus, " + b.pointsPerOccurrence() + " each";
        }
        if (kind instanceof Deduction d) {
            return "deduction, " + d.pointsPerOccurrence() + " each";
        }
        if (kind instanceof Formula f) {
            return "formula " + f.expression();
        }
        CustomKind custom = (CustomKind) kind;
        return custom.kindName() + (custom.parameters().isEmpty() ? "" : " " + custom.parameters());
    }

    private String unit(Collective m, boolean vi) {
        StringBuilder line = new StringBuilder().append(m.id()).append(' ').append(m.name());
        if (m.headCount().isPresent()) {
            line.append(" (")
                    .append(m.womenCount().isPresent() ? m.womenCount().getAsInt() + "/" : "")
                    .append(m.headCount().getAsInt())
                    .append(vi ? " người)" : " people)");
        }
        line.append(": ");
        Optional<AssessmentSheet> sheet =
                input.sheets().stream().filter(s -> s.unit().equals(m.id())).findFirst();
        if (sheet.isEmpty()) {
            line.append(vi ? "không có phiếu" : "no sheet");
        } else {
            List<String> entries = new ArrayList<>();
            for (Assessment a : sheet.get().entries()) {
                entries.add(a.criterion() + " " + facts(a, vi));
            }
            line.append(entries.isEmpty() ? (vi ? "phiếu trống" : "empty sheet") : String.join("; ", entries));
            if (!sheet.get().events().isEmpty()) {
                line.append(vi ? " | sự kiện " : " | events ")
                        .append(sheet.get().events());
            }
            if (sheet.get().leaderDiscipline() != Discipline.NONE) {
                line.append(vi ? " | kỷ luật " : " | discipline ")
                        .append(sheet.get().leaderDiscipline());
            }
        }
        List<String> targets = new ArrayList<>();
        for (PledgedTarget t : input.covenant().targetsOf(m.id())) {
            String direction = input.covenant()
                    .indicator(t.indicator())
                    .map(Indicator::direction)
                    .map(d -> d == io.github.thidua.core.Direction.LOWER_IS_BETTER ? "↓" : "↑")
                    .orElse("");
            targets.add(t.indicator() + direction + " " + t.value().toPlainString());
        }
        if (!targets.isEmpty()) {
            line.append(vi ? " | chỉ tiêu " : " | targets ").append(String.join(", ", targets));
        }
        CollectiveStanding s = input.standings().get(m.id());
        if (s != null) {
            line.append(vi ? " | thành tích thành viên " : " | standing ")
                    .append(s.completedTasks())
                    .append('/')
                    .append(s.headCount());
        }
        return line.toString();
    }

    private static String facts(Assessment a, boolean vi) {
        List<String> facts = new ArrayList<>();
        a.achieved().ifPresent(v -> facts.add(v ? (vi ? "đạt" : "achieved") : (vi ? "không đạt" : "not achieved")));
        a.actual().ifPresent(v -> facts.add((vi ? "thực hiện " : "actual ") + show(v)));
        a.count().ifPresent(v -> facts.add((vi ? "số lần " : "count ") + v));
        a.occurrences().ifPresent(v -> facts.add((vi ? "phát sinh " : "occurrences ") + v));
        a.points().forEach((stage, p) -> facts.add(stage + " " + p));
        return facts.isEmpty() ? "–" : String.join(", ", facts);
    }

    private static String show(BigDecimal v) {
        return v.toPlainString();
    }

    private static String ballots(Vote v, boolean vi) {
        List<String> out = new ArrayList<>();
        for (int round = 1; round <= v.rounds(); round++) {
            List<String> ballots = new ArrayList<>();
            for (Ballot b : v.ballots(round)) {
                ballots.add(b.voter() + " → " + (b.isBlank() ? (vi ? "(trắng)" : "(blank)") : ids(b.choices())));
            }
            out.add((vi ? "vòng " : "round ") + round + ": " + String.join("; ", ballots));
        }
        return out.isEmpty() ? (vi ? "chưa có phiếu" : "no ballots") : String.join(" | ", out);
    }

    private static String ids(List<Id> ids) {
        return String.join(", ", ids.stream().map(Id::value).toList());
    }

    /**
     * Returns the English rendering.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
