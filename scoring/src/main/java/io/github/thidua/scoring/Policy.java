package io.github.thidua.scoring;

import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.internal.FormulaRule;
import io.github.thidua.scoring.spi.Parameters;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A cluster's scoring policy: which table, how each criterion kind scores, where and how numbers
 * are rounded, which assessment stage counts, and (as they are declared) bands, ranking and
 * tie-breaks, votes, award ladders and cash rewards.
 *
 * <p>A policy has an identity (id, version, legal references, dates in force) and a content
 * {@link #fingerprint()}; every result carries both so it can be recomputed to the digit. It is
 * checked when built. Immutable and thread-safe.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *         .id(Id.of("ccb-cum-2"))
 *         .version("2024.1")
 *         .name(Name.of("Quy chế thi đua Cụm số 2 năm 2024"))
 *         .addLegalReferences("Luật Thi đua, khen thưởng 06/2022/QH15")
 *         .inForceFrom(LocalDate.of(2024, 1, 1))
 *         .table(table)
 *         .rounding(RoundingPlan.builder().total(Rounding.toScale(2, RoundingMode.HALF_UP)).build())
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Policy {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}");

    Policy() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the policy's stable id.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns the version, such as {@code 2024.1}.
     *
     * @return 1 to 32 ASCII letters, digits, {@code . + _ -}
     */
    public abstract String version();

    /**
     * Returns the name, such as "Quy chế thi đua Cụm số 2 năm 2024".
     *
     * @return the name
     */
    public abstract Name name();

    /**
     * Returns the legal texts this policy implements, such as "Luật 06/2022/QH15, Điều 26".
     *
     * @return the references, in the order given
     */
    public abstract List<String> legalReferences();

    /**
     * Returns the first day the policy is in force.
     *
     * @return the date
     */
    public abstract LocalDate inForceFrom();

    /**
     * Returns the last day the policy is in force.
     *
     * @return the date, not before {@link #inForceFrom()}, or empty while in force
     */
    public abstract Optional<LocalDate> inForceUntil();

    /**
     * Returns the scoring table.
     *
     * @return the table
     */
    public abstract ScoringTable table();

    /**
     * Returns where criterion points come from.
     *
     * @return {@link ScoreSource#COMPUTED} by default
     */
    @Value.Default
    public ScoreSource source() {
        return ScoreSource.COMPUTED;
    }

    /**
     * Returns the assessment stage whose recorded points count when the source is {@link
     * ScoreSource#RECORDED}.
     *
     * @return {@link AssessmentStage#FINAL} by default
     */
    @Value.Default
    public AssessmentStage countingStage() {
        return AssessmentStage.FINAL;
    }

    /**
     * Returns what happens when the counting stage has no points recorded.
     *
     * @return {@link MissingStagePolicy#FALL_BACK} by default
     */
    @Value.Default
    public MissingStagePolicy missingStage() {
        return MissingStagePolicy.FALL_BACK;
    }

    /**
     * Returns what happens when a member has no assessment sheet.
     *
     * @return {@link MissingSheetPolicy#REJECT} by default
     */
    @Value.Default
    public MissingSheetPolicy missingSheet() {
        return MissingSheetPolicy.REJECT;
    }

    /**
     * Returns where and how numbers are rounded.
     *
     * @return the plan, no rounding by default
     */
    @Value.Default
    public RoundingPlan rounding() {
        return RoundingPlan.none();
    }

    /**
     * Returns whether units are scored and ranked across the cluster or per sub-group.
     *
     * @return {@link EvaluationScope#CLUSTER} by default
     */
    @Value.Default
    public EvaluationScope scope() {
        return EvaluationScope.CLUSTER;
    }

    /**
     * Returns the decimal places kept when a rule divides, before the rounding plan applies.
     *
     * @return 0 to 12, 10 by default
     */
    @Value.Default
    public int divisionScale() {
        return 10;
    }

    /**
     * Returns the classification bands (xếp loại).
     *
     * @return the bands, or empty when units are not classified
     */
    public abstract Optional<BandScheme> bands();

    /**
     * Returns how units are ranked: the numbering, the tie-break chain and who decides ties
     * nothing separates.
     *
     * @return the ranking rules, competition ranking with no tie-breakers by default
     */
    @Value.Default
    public RankingRules ranking() {
        return RankingRules.of(RankingKind.COMPETITION);
    }

    /**
     * Returns the vote whose result feeds the {@code vote-result} tie-breaker, such as the
     * members' deliberation on the flag.
     *
     * @return the vote's id, if any
     */
    public abstract Optional<Id> rankingVote();

    /**
     * Returns how votes are counted unless {@link #voteRulesByVote()} says otherwise.
     *
     * @return approval by a simple majority of the whole membership over at most two rounds, by
     *     default
     */
    @Value.Default
    public VoteRules voteRules() {
        return VoteRules.of("approval", Parameters.of(Map.of("threshold", "1/2", "base", "membership")));
    }

    /**
     * Returns how particular votes are counted, by vote id, overriding {@link #voteRules()}.
     *
     * @return the rules by vote id
     */
    public abstract Map<Id, VoteRules> voteRulesByVote();

    /**
     * Returns the award ladder: which ranks or bands lead to which award, with quotas and
     * eligibility.
     *
     * @return the ladder, or empty when the policy proposes no awards
     */
    public abstract Optional<AwardLadder> awards();

    /**
     * Returns the cash rewards for proposed awards.
     *
     * @return the table, or empty when no cash is computed
     */
    public abstract Optional<CashRewardTable> cash();

    /**
     * Tells whether the policy is in force on a day.
     *
     * @param date the day, not null
     * @return true when {@code inForceFrom <= date <= inForceUntil}
     */
    public boolean isInForce(LocalDate date) {
        return !date.isBefore(inForceFrom())
                && inForceUntil().map(u -> !date.isAfter(u)).orElse(true);
    }

    /**
     * Returns a stable hash of the policy's content: two policies with the same content have the
     * same fingerprint, and any change of a rule, a number or a name changes it.
     *
     * @return 64 lower-case hex digits (SHA-256 of the policy's canonical text)
     */
    @Value.Lazy
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Value.Check
    final void check() {
        if (!VERSION.matcher(version()).matches()) {
            throw ValidationException.invalid(
                    "Policy",
                    "version",
                    version(),
                    Text.of("phiên bản không đúng dạng", "not a valid version"),
                    Text.of("1–32 ký tự ASCII: chữ, số, . + _ -", "1–32 ASCII letters, digits, . + _ -"));
        }
        if (inForceUntil().isPresent() && inForceUntil().get().isBefore(inForceFrom())) {
            throw ValidationException.invalid(
                    "Policy",
                    "inForceUntil",
                    inForceUntil().get(),
                    Text.of("trước ngày có hiệu lực " + inForceFrom(), "before inForceFrom " + inForceFrom()),
                    Text.of("ngày từ " + inForceFrom() + " trở đi", "a date on or after " + inForceFrom()));
        }
        if (divisionScale() < 0 || divisionScale() > 12) {
            throw ValidationException.invalid(
                    "Policy",
                    "divisionScale",
                    divisionScale(),
                    Text.of("ngoài phạm vi", "out of range"),
                    Text.of("từ 0 đến 12", "0 to 12"));
        }
        checkFormulas("table.roots", table().roots());
        Set<String> groups = new HashSet<>();
        collectGroups(table().roots(), groups);
        for (int i = 0; i < ranking().chain().size(); i++) {
            TieBreakLink link = ranking().chain().get(i);
            if (link.name().equals("group-subtotal")) {
                String group = link.parameters().find("group").orElse("");
                if (!groups.contains(group)) {
                    throw ValidationException.invalid(
                            "Policy",
                            "ranking.chain[" + i + "].parameters.group",
                            group,
                            Text.of("bảng điểm không có nhóm này", "no such group in the scoring table"),
                            Text.of("mã một nhóm: " + new TreeSet<>(groups), "a group code: " + new TreeSet<>(groups)));
                }
            }
        }
        checkStepBands();
        for (int i = 0; i < legalReferences().size(); i++) {
            String ref = legalReferences().get(i);
            if (ref.isBlank() || ref.length() > 500) {
                throw ValidationException.invalid(
                        "Policy",
                        "legalReferences[" + i + "]",
                        ref,
                        Text.of("trống hoặc quá dài", "blank or too long"),
                        Text.of("văn bản 1–500 ký tự", "text of 1–500 characters"));
            }
        }
    }

    // A step for a band the scheme does not have could never be reached: refused like a
    // knock-out or a discipline cap naming an unknown band. Without a scheme there is nothing to
    // check the codes against (no unit gets a band, so no band step applies).
    private void checkStepBands() {
        if (awards().isEmpty() || bands().isEmpty()) {
            return;
        }
        List<String> codes = bands().get().bands().stream().map(Band::code).toList();
        Text aBand = Text.of("mã của một loại trong bands: " + codes, "the code of a band in bands: " + codes);
        List<AwardStep> steps = awards().get().steps();
        for (int i = 0; i < steps.size(); i++) {
            int j = 0;
            for (String band : steps.get(i).bands()) {
                if (!codes.contains(band)) {
                    throw ValidationException.invalid(
                            "Policy",
                            "awards.steps[" + i + "].bands[" + j + "]",
                            band,
                            Text.of("không có trong danh sách", "unknown"),
                            aBand);
                }
                j++;
            }
        }
    }

    // Names each formula by its place in the tree: its code may hold dots ("I.2"), which a path
    // cannot index by.
    private static void checkFormulas(String path, List<CriterionNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            String at = path + "[" + i + "]";
            if (nodes.get(i) instanceof CriterionGroup group) {
                checkFormulas(at + ".children", group.children());
            } else if (nodes.get(i) instanceof Criterion criterion && criterion.kind() instanceof Formula formula) {
                try {
                    FormulaRule.check(formula);
                } catch (ValidationException e) {
                    // The formula's own field (expression, inputs[0]) under the criterion's place.
                    throw ValidationException.invalid(
                            "Policy",
                            at + ".kind." + e.field(),
                            unquoted(e.value().orElse(null)),
                            e.problem(),
                            e.allowed());
                }
            }
        }
    }

    // A ValidationException shows a text value quoted; passed on as it is, it would be quoted twice.
    private static String unquoted(String shown) {
        return shown != null && shown.length() >= 2 && shown.startsWith("\"") && shown.endsWith("\"")
                ? shown.substring(1, shown.length() - 1)
                : shown;
    }

    private static void collectGroups(List<CriterionNode> nodes, Set<String> out) {
        for (CriterionNode node : nodes) {
            if (node instanceof CriterionGroup group) {
                out.add(group.code());
                collectGroups(group.children(), out);
            }
        }
    }

    /** Builds a {@link Policy}; id, version, name, inForceFrom and table are required. */
    public static final class Builder extends ImmutablePolicy.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
