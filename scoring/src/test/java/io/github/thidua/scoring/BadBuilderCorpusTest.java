package io.github.thidua.scoring;

import static io.github.thidua.scoring.ScoringFixtures.YEAR;
import static io.github.thidua.scoring.ScoringFixtures.criterion;
import static io.github.thidua.scoring.ScoringFixtures.policy;
import static io.github.thidua.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Name;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.Plugin;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleOutcome;
import io.github.thidua.scoring.spi.TieBreaker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus of scoring's builders, registry and evaluator: every case builds a policy
 * part, registers a plug-in or evaluates a cluster from bad arguments, and must be refused with a
 * {@link ValidationException} (a {@link MissingValueException} for a missing value; the registry's
 * duplicate names are a plain {@link ThiDuaException} naming both classes) with the type, the
 * field and the problem in English and Vietnamese; never with an exception of the JDK, and never
 * with a value. Nothing partial: an evaluation that fails returns nothing, a failed {@link
 * Registry#with} leaves the registry as it was, and a batch hands its sink only the clusters
 * before the one that failed.
 */
class BadBuilderCorpusTest {

    /** The fewest cases the corpus must have. */
    static final int MIN_CASES = 50;

    /**
     * One bad call.
     *
     * @param name what is wrong
     * @param exception the exact class expected
     * @param type the type a ValidationException must name, or null for another ThiDuaException
     * @param field the field a ValidationException must name, or null
     * @param en a fragment of the English message
     * @param vi a fragment of the Vietnamese message
     * @param call makes the value, which must fail
     */
    record Case(
            String name,
            Class<? extends ThiDuaException> exception,
            String type,
            String field,
            String en,
            String vi,
            Callable<?> call) {

        @Override
        public String toString() {
            return (type == null ? exception.getSimpleName() : type) + ": " + name;
        }
    }

    private static Case invalid(String name, String type, String field, String en, String vi, Callable<?> call) {
        return new Case(name, ValidationException.class, type, field, en, vi, call);
    }

    private static Case missing(String name, String type, String field, Callable<?> call) {
        return new Case(name, MissingValueException.class, type, field, "missing", "thiếu giá trị", call);
    }

    // ---- fixtures

    private static final Cluster CLUSTER = ScoringFixtures.cluster("a", "b", "c");
    private static final ScoringTable TABLE = ScoringFixtures.table();
    private static final Covenant COVENANT = ScoringFixtures.covenant(CLUSTER, TABLE);
    private static final Policy POLICY = policy(TABLE).build();
    private static final Registry REGISTRY = Registry.builtIns().with(new ScoringFixtures.ActualAsPoints());
    private static final Evaluator EVALUATOR = Evaluator.of(REGISTRY);

    private static EvaluationInput.Builder input(AssessmentSheet... sheets) {
        return EvaluationInput.builder().covenant(COVENANT).addSheets(sheets);
    }

    private static List<AssessmentSheet> fullSheets() {
        return List.of(
                sheet("a", "30", "10", "20", 0, 0),
                sheet("b", "20", "15", "35", 1, 0),
                sheet("c", "40", "5", "10", 0, 1));
    }

    private static Evaluation evaluate(Policy policy, EvaluationInput input) {
        return EVALUATOR.evaluate(policy, input);
    }

    private static ScoringTable formulaTable(String expression, String... inputs) {
        return ScoringTable.builder()
                .id(Id.of("bang-cong-thuc"))
                .name(Name.of("Bảng công thức"))
                .addRoots(CriterionGroup.builder()
                        .code("I")
                        .name(Name.of("Nhóm I"))
                        .addChildren(
                                criterion("I.1", "10", ScoringFixtures.custom()),
                                criterion(
                                        "I.2",
                                        "10",
                                        Formula.builder()
                                                .expression(expression)
                                                .addInputs(inputs)
                                                .build()))
                        .build())
                .build();
    }

    private static Band.Builder band(String code, String min, String maxExclusive) {
        Band.Builder b = Band.builder().code(code).label(Text.of("Loại " + code, "Band " + code));
        if (min != null) {
            b.min(Points.parse(min));
        }
        if (maxExclusive != null) {
            b.maxExclusive(Points.parse(maxExclusive));
        }
        return b;
    }

    private static BandScheme.Builder scheme(Band... bands) {
        return BandScheme.builder().addBands(bands);
    }

    private static BaseSalaryTable salaries() {
        return BaseSalaryTable.builder()
                .putAmounts(LocalDate.of(2024, 7, 1), Vnd.of(2_340_000))
                .build();
    }

    private static CashRewardTable.Builder cash() {
        return CashRewardTable.builder().baseSalaries(salaries());
    }

    private static Parameters params(String key, String value) {
        return Parameters.of(Map.of(key, value));
    }

    /** A plug-in that is a plug-in and nothing more. */
    private static final class Orphan implements Plugin {
        @Override
        public String name() {
            return "orphan";
        }

        @Override
        public Text label() {
            return Text.of("mồ côi", "orphan");
        }
    }

    /** A rule whose name is not a plug-in name. */
    private static final class BadlyNamed implements CriterionRule {
        @Override
        public String name() {
            return "Java.Lang.Runtime";
        }

        @Override
        public Text label() {
            return Text.of("tên sai", "bad name");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            return List.of();
        }
    }

    /** A second rule under a built-in name. */
    private static final class Impostor implements CriterionRule {
        @Override
        public String name() {
            return "qualitative";
        }

        @Override
        public Text label() {
            return Text.of("giả mạo", "impostor");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            return List.of();
        }
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();

        // ---- Policy
        c.add(missing(
                "no table",
                "Policy",
                "table",
                () -> Policy.builder()
                        .id(Id.of("quy-che"))
                        .version("1")
                        .name(Name.of("Quy chế"))
                        .inForceFrom(LocalDate.of(2024, 1, 1))
                        .build()));
        c.add(invalid(
                "a version with spaces",
                "Policy",
                "version",
                "not a valid version",
                "phiên bản không đúng dạng",
                () -> Policy.builder()
                        .id(Id.of("quy-che"))
                        .version("2024 bản 1")
                        .name(Name.of("Quy chế"))
                        .inForceFrom(LocalDate.of(2024, 1, 1))
                        .table(TABLE)
                        .build()));
        c.add(invalid(
                "in force until before from",
                "Policy",
                "inForceUntil",
                "before inForceFrom 2024-01-01",
                "trước ngày có hiệu lực",
                () -> policy(TABLE).inForceUntil(LocalDate.of(2023, 12, 31)).build()));
        c.add(invalid(
                "a division scale of 13",
                "Policy",
                "divisionScale",
                "0 to 12",
                "từ 0 đến 12",
                () -> policy(TABLE).divisionScale(13).build()));
        c.add(invalid(
                "a blank legal reference",
                "Policy",
                "legalReferences[0]",
                "blank or too long",
                "trống hoặc quá dài",
                () -> policy(TABLE).addLegalReferences(" ").build()));
        c.add(invalid(
                "a formula that does not parse",
                "Policy",
                "table.roots[0].children[1].kind.expression",
                "syntax error",
                "lỗi cú pháp",
                () -> policy(formulaTable("MIN(actual, max", "actual", "max")).build()));
        c.add(invalid(
                "a formula naming an undeclared input",
                "Policy",
                "table.roots[0].children[1].kind.expression",
                "unknown name 'target'",
                "tên không được khai báo 'target'",
                () -> policy(formulaTable("actual / target", "actual")).build()));
        c.add(invalid(
                "a formula calling SQRT",
                "Policy",
                "table.roots[0].children[1].kind.expression",
                "Undefined function 'SQRT'",
                "lỗi cú pháp",
                () -> policy(formulaTable("SQRT(actual)", "actual")).build()));
        c.add(invalid(
                "a formula input outside the vocabulary",
                "Policy",
                "table.roots[0].children[1].kind.inputs[0]",
                "not a formula input name",
                "không phải tên đầu vào của công thức",
                () -> policy(formulaTable("bonus", "bonus")).build()));
        c.add(invalid(
                "a formula with text",
                "Policy",
                "table.roots[0].children[1].kind.expression",
                "text \"x\" is not allowed",
                "không được dùng văn bản",
                () -> policy(formulaTable("IF(actual > 1, \"x\", 0)", "actual")).build()));
        c.add(invalid(
                "a group-subtotal tie-breaker on an unknown group",
                "Policy",
                "ranking.chain[0].parameters.group",
                "no such group in the scoring table",
                "bảng điểm không có nhóm này",
                () -> policy(TABLE)
                        .ranking(RankingRules.builder()
                                .addChain(TieBreakLink.of("group-subtotal", params("group", "IX")))
                                .build())
                        .build()));
        c.add(invalid(
                "an award step for a band the scheme lacks",
                "Policy",
                "awards.steps[0].bands[0]",
                "the code of a band in bands",
                "không có trong danh sách",
                () -> policy(TABLE)
                        .bands(BandFixtures.ministry())
                        .awards(AwardLadder.builder()
                                .addSteps(AwardStep.builder()
                                        .award(AwardKinds.COMMENDATION)
                                        .addBands("outstanding")
                                        .build())
                                .build())
                        .build()));

        // ---- bands
        c.add(invalid(
                "a band whose minimum is not below its bound",
                "Band",
                "maxExclusive",
                "an empty range",
                "khoảng điểm rỗng",
                () -> band("good", "90", "85").build()));
        c.add(invalid(
                "a band code with a space",
                "Band",
                "code",
                "not a valid code",
                "mã không đúng dạng",
                () -> band("xuất sắc", "95", null).build()));
        c.add(invalid(
                "a guard share of 1.2",
                "BandGuard",
                "share",
                "share out of range",
                "tỷ lệ",
                () -> BandGuard.minCriterionShare(new BigDecimal("1.2"))));
        c.add(invalid(
                "a guard share with 7 decimal places",
                "BandGuard",
                "share",
                "too many decimal places",
                "quá nhiều chữ số thập phân",
                () -> BandGuard.minCriterionShare(new BigDecimal("0.1234567"))));
        c.add(invalid(
                "a guard event that is not a key",
                "BandGuard",
                "event",
                "",
                "",
                () -> BandGuard.noEvent("tham nhũng")));
        c.add(invalid(
                "overlapping bands",
                "BandScheme",
                "bands[1].maxExclusive",
                "the range overlaps bands[0]",
                "khoảng điểm chồng lên bands[0]",
                () -> scheme(
                                band("excellent", "95", null).build(),
                                band("good", "85", "96").build(),
                                band("rest", null, "85").build())
                        .build()));
        c.add(invalid(
                "a gap between bands",
                "BandScheme",
                "bands[1].maxExclusive",
                "a gap",
                "hở khoảng",
                () -> scheme(
                                band("excellent", "95", null).build(),
                                band("good", "85", "90").build(),
                                band("rest", null, "85").build())
                        .build()));
        c.add(invalid(
                "a band code twice",
                "BandScheme",
                "bands[1].code",
                "repeats bands[0]",
                "trùng với bands[0]",
                () -> scheme(
                                band("good", "85", null).build(),
                                band("good", null, "85").build())
                        .build()));
        c.add(invalid(
                "a knock-out to an unknown band",
                "BandScheme",
                "knockOuts[corruption]",
                "the code of a band in bands",
                "mã của một loại trong bands",
                () -> BandFixtures.ministryBuilder()
                        .putKnockOuts("corruption", "failed")
                        .build()));
        c.add(invalid(
                "a cap for no discipline",
                "BandScheme",
                "disciplineCaps[NONE]",
                "a cap for no discipline would cap every unit",
                "giới hạn cho đơn vị không bị kỷ luật",
                () -> BandFixtures.ministryBuilder()
                        .putDisciplineCaps(Discipline.NONE, "good")
                        .build()));
        c.add(invalid(
                "a discipline cap to an unknown band",
                "BandScheme",
                "disciplineCaps[DISMISSAL]",
                "the code of a band in bands",
                "mã của một loại trong bands",
                () -> BandFixtures.ministryBuilder()
                        .putDisciplineCaps(Discipline.DISMISSAL, "average")
                        .build()));

        // ---- ranking, votes, eligibility
        c.add(invalid(
                "a tie-breaker named by a Java class",
                "TieBreakLink",
                "name",
                "invalid tie-breaker name",
                "tên tiêu chí phụ không đúng dạng",
                () -> TieBreakLink.of("java.lang.Runtime")));
        c.add(invalid(
                "the same tie-breaker twice",
                "RankingRules",
                "chain[1]",
                "the same tie-breaker twice",
                "tiêu chí phụ lặp lại",
                () -> RankingRules.builder()
                        .addChain(TieBreakLink.of("fewer-deductions"), TieBreakLink.of("fewer-deductions"))
                        .build()));
        c.add(invalid(
                "a vote method named by a Java class",
                "VoteRules",
                "method",
                "invalid vote method name",
                "tên phương pháp bỏ phiếu không đúng dạng",
                () -> VoteRules.of("javax.script.ScriptEngineManager")));
        c.add(invalid(
                "an eligibility check named by a Java class",
                "EligibilityRule",
                "check",
                "invalid check name",
                "không đúng dạng",
                () -> EligibilityRule.of("com.sun.rowset.JdbcRowSetImpl", Parameters.none())));

        // ---- awards and quotas
        c.add(invalid(
                "a ladder without steps",
                "AwardLadder",
                "steps",
                "a ladder without steps",
                "thang khen thưởng không có bậc nào",
                () -> AwardLadder.builder().build()));
        c.add(invalid(
                "a step with fromRank only",
                "AwardStep",
                "toRank",
                "one end of the rank range is missing",
                "thiếu một đầu của khoảng hạng",
                () -> AwardStep.builder()
                        .award(AwardKinds.COMMENDATION)
                        .fromRank(1)
                        .build()));
        c.add(invalid(
                "a step with no selector",
                "AwardStep",
                "bands",
                "no selector",
                "không có tiêu chí chọn đơn vị",
                () -> AwardStep.builder().award(AwardKinds.COMMENDATION).build()));
        c.add(invalid(
                "a step from rank 0",
                "AwardStep",
                "fromRank",
                "rank below 1",
                "hạng nhỏ hơn 1",
                () -> AwardFixtures.ranks(AwardKinds.COMMENDATION, 0, 3).build()));
        c.add(invalid(
                "a step from rank 3 to rank 1",
                "AwardStep",
                "toRank",
                "before fromRank 3",
                "hạng cuối đứng trước hạng đầu 3",
                () -> AwardFixtures.ranks(AwardKinds.COMMENDATION, 3, 1).build()));
        c.add(invalid(
                "a count and a share",
                "Quota",
                "count",
                "needs exactly one of count and share",
                "cần đúng một trong số lượng và tỷ lệ",
                () -> Quota.builder()
                        .count(2)
                        .share(new BigDecimal("0.2"))
                        .straddle(StraddleRule.INCLUDE_ALL)
                        .build()));
        c.add(invalid(
                "a negative count",
                "Quota",
                "count",
                "negative count",
                "số lượng âm",
                () -> Quota.ofCount(-1, StraddleRule.INCLUDE_ALL)));
        c.add(invalid(
                "a share above 1",
                "Quota",
                "share",
                "share out of range",
                "tỷ lệ ngoài khoảng",
                () -> Quota.ofShare(new BigDecimal("1.5"), QuotaBase.MEMBERS, StraddleRule.INCLUDE_ALL)));
        c.add(invalid(
                "a share of 1e-99999999",
                "Quota",
                "share",
                "too many decimal places",
                "quá nhiều chữ số thập phân",
                () -> Quota.ofShare(new BigDecimal("1e-99999999"), QuotaBase.MEMBERS, StraddleRule.INCLUDE_ALL)));
        c.add(invalid(
                "a negative base count",
                "Quota",
                "baseCount",
                "negative base count",
                "số cơ sở âm",
                () -> Quota.ofShare(new BigDecimal("0.2"), -5, StraddleRule.EXCLUDE_ALL)));
        c.add(missing("no straddle rule", "Quota", "straddle", () -> Quota.ofCount(2, null)));

        // ---- cash
        c.add(invalid(
                "no base salary",
                "BaseSalaryTable",
                "amounts",
                "no base salary",
                "bảng lương cơ sở trống",
                () -> BaseSalaryTable.builder().build()));
        c.add(invalid(
                "a base salary of zero",
                "BaseSalaryTable",
                "amounts[2024-07-01]",
                "a base salary of zero",
                "mức lương cơ sở bằng 0",
                () -> BaseSalaryTable.builder()
                        .putAmounts(LocalDate.of(2024, 7, 1), Vnd.ZERO)
                        .build()));
        c.add(invalid(
                "a decision before the first base salary",
                "BaseSalaryTable",
                "date",
                "before the first base salary in the table",
                "trước mức lương cơ sở đầu tiên",
                () -> salaries().amountOn(LocalDate.of(2020, 1, 1))));
        c.add(invalid(
                "a negative multiplier",
                "CashRewardTable",
                "multipliers[ministry-province-flag]",
                "negative multiplier",
                "hệ số âm",
                () -> cash().putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("-12"))
                        .build()));
        c.add(invalid(
                "a multiplier of 1e99999999",
                "CashRewardTable",
                "multipliers[ministry-province-flag]",
                "too large a factor",
                "hệ số quá lớn",
                () -> cash().putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("1e99999999"))
                        .build()));
        c.add(invalid(
                "a multiplier of 1e-99999999",
                "CashRewardTable",
                "multipliers[ministry-province-flag]",
                "too many decimal places",
                "quá nhiều chữ số thập phân",
                () -> cash().putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("1e-99999999"))
                        .build()));
        c.add(invalid(
                "a household factor of zero",
                "CashRewardTable",
                "householdFactor",
                "household factor not above 0",
                "hệ số hộ gia đình không dương",
                () -> cash().householdFactor(BigDecimal.ZERO).build()));
        c.add(invalid(
                "a rounding step of zero",
                "CashRewardTable",
                "roundingStep",
                "rounding step below 1 đồng",
                "bước làm tròn nhỏ hơn 1 đồng",
                () -> cash().roundingStep(0).build()));
        c.add(invalid(
                "a mode that does not round",
                "CashRewardTable",
                "roundingMode",
                "not a way of rounding",
                "không phải cách làm tròn",
                () -> cash().roundingMode(RoundingMode.UNNECESSARY).build()));
        c.add(invalid(
                "cash for an award without a multiplier",
                "CashRewardTable",
                "multipliers",
                "no multiplier for this award",
                "không có hệ số tiền thưởng",
                () -> cash().build()
                        .cashFor(
                                AwardKinds.COMMENDATION,
                                io.github.thidua.core.RecipientKind.COLLECTIVE,
                                LocalDate.of(2024, 12, 1))));

        // ---- parameters
        c.add(invalid(
                "a key with a space",
                "Parameters",
                "key",
                "invalid parameter name",
                "tên tham số không đúng dạng",
                () -> params("min share", "0.7")));
        c.add(invalid(
                "a value of 2,001 characters",
                "Parameters",
                "note",
                "missing or too long",
                "giá trị tham số thiếu hoặc quá dài",
                () -> params("note", "n".repeat(2001))));
        c.add(invalid(
                "a value holding a control character",
                "Parameters",
                "group",
                "unreadable character U+0008",
                "không đọc được",
                () -> params("group", "I\b")));
        c.add(invalid(
                "a decimal of 1e-99999999",
                "parameters",
                "share",
                "not a decimal number",
                "không phải số thập phân",
                () -> params("share", "1e-99999999").decimal("share")));
        c.add(invalid(
                "a decimal that is a word",
                "parameters",
                "share",
                "not a decimal number",
                "không phải số thập phân",
                () -> params("share", "bảy mươi").decimal("share")));
        c.add(invalid(
                "a whole number with a fraction",
                "parameters",
                "rounds",
                "not a whole number",
                "không phải số nguyên",
                () -> params("rounds", "1.5").integer("rounds")));
        c.add(missing(
                "a parameter not given",
                "parameters",
                "group",
                () -> Parameters.none().text("group")));

        // ---- registry
        c.add(invalid(
                "a rule whose name is a Java class",
                "Registry",
                "name",
                "invalid plug-in name",
                "tên plug-in không đúng dạng",
                () -> REGISTRY.with(new BadlyNamed())));
        c.add(invalid(
                "a plug-in of no known interface",
                "Registry",
                "plugin",
                "implements no plug-in interface",
                "không triển khai giao diện plug-in nào",
                () -> REGISTRY.with(new Orphan())));
        c.add(new Case(
                "a second rule under a built-in name",
                ThiDuaException.class,
                null,
                null,
                "\"qualitative\" is registered twice",
                "đăng ký hai lần",
                () -> REGISTRY.with(new Impostor())));
        c.add(invalid(
                "an unknown tie-breaker",
                "Policy",
                "ranking.chain[0]",
                "no TieBreaker with this name",
                "không có TieBreaker tên này",
                () -> REGISTRY.require(TieBreaker.class, "coin-toss", "Policy", "ranking.chain[0]")));

        // ---- evaluation
        c.add(invalid(
                "a sheet of a unit outside the cluster",
                "EvaluationInput",
                "sheets[3].unit",
                "not a member of the cluster",
                "không phải thành viên của cụm",
                () -> {
                    List<AssessmentSheet> sheets = new ArrayList<>(fullSheets());
                    sheets.add(sheet("z", "1", "1", "1", 0, 0));
                    return evaluate(POLICY, input().addAllSheets(sheets).build());
                }));
        c.add(invalid(
                "two sheets of one unit",
                "EvaluationInput",
                "sheets[3].unit",
                "a second sheet for this unit",
                "đơn vị có hai phiếu đánh giá",
                () -> {
                    List<AssessmentSheet> sheets = new ArrayList<>(fullSheets());
                    sheets.add(sheet("a", "1", "1", "1", 0, 0));
                    return evaluate(POLICY, input().addAllSheets(sheets).build());
                }));
        c.add(invalid(
                "a sheet of another year",
                "EvaluationInput",
                "sheets[0].period",
                "outside the covenant's period",
                "nằm ngoài kỳ của giao ước",
                () -> evaluate(
                        POLICY,
                        input(
                                        AssessmentSheet.builder()
                                                .unit(Id.of("a"))
                                                .period(Period.year(2023))
                                                .build(),
                                        fullSheets().get(1),
                                        fullSheets().get(2))
                                .build())));
        c.add(invalid(
                "an entry for a criterion the table lacks",
                "EvaluationInput",
                "sheets[0].entries[0].criterion",
                "no such criterion in the scoring table",
                "bảng điểm không có tiêu chí này",
                () -> evaluate(
                        POLICY,
                        input(
                                        AssessmentSheet.builder()
                                                .unit(Id.of("a"))
                                                .period(YEAR)
                                                .addEntries(io.github.thidua.core.Assessment.builder()
                                                        .criterion("Z.9")
                                                        .build())
                                                .build(),
                                        fullSheets().get(1),
                                        fullSheets().get(2))
                                .build())));
        c.add(invalid(
                "a member without a sheet",
                "EvaluationInput",
                "sheets",
                "a member has no assessment sheet",
                "thành viên không có phiếu đánh giá",
                () -> evaluate(
                        POLICY, input(fullSheets().get(0), fullSheets().get(1)).build())));
        c.add(invalid(
                "a covenant scored on another table",
                "EvaluationInput",
                "covenant.scoringTable",
                "differs from the policy's table",
                "khác bảng điểm của quy chế",
                () -> evaluate(
                        policy(formulaTable("actual", "actual")).build(),
                        input().addAllSheets(fullSheets()).build())));
        c.add(invalid(
                "a criterion kind no rule is registered for",
                "Policy",
                "table.criteria[A].kind",
                "no CriterionRule with this name",
                "không có CriterionRule tên này",
                () -> Evaluator.of(Registry.builtIns())
                        .evaluate(POLICY, input().addAllSheets(fullSheets()).build())));
        c.add(invalid(
                "zero threads",
                "Evaluator",
                "threads",
                "the number of threads must be positive",
                "số luồng phải dương",
                () -> EVALUATOR.evaluateAll(
                        POLICY, List.of(input().addAllSheets(fullSheets()).build()), 0)));
        c.add(invalid(
                "an actual for a unit outside the cluster",
                "Progress",
                "actuals",
                "not a member of the cluster",
                "không phải thành viên của cụm",
                () -> Progress.of(COVENANT, Map.of(Id.of("z"), Map.of()))));
        return c;
    }

    // ---- the checks

    @TestFactory
    Stream<DynamicTest> everyCase_isRefused_namingTheFieldInBothLanguages_andReturnsNothing() {
        return cases().stream().map(c -> dynamicTest(c.toString(), () -> assertRefused(c)));
    }

    /** Makes the case's value, which must be refused as the case says. */
    static void assertRefused(Case c) {
        Object made;
        try {
            made = c.call().call();
        } catch (ThiDuaException e) {
            assertThat(e.getClass())
                    .as("%s: the exception of %s", c, e.getMessage())
                    .isEqualTo(c.exception());
            if (e instanceof ValidationException v) {
                assertThat(v.type()).as("%s: the type", c).isEqualTo(c.type());
                assertThat(v.field())
                        .as("%s: the field of %s", c, v.getMessage())
                        .isEqualTo(c.field());
                assertThat(v.problem().vi())
                        .as("%s: the problem in each language", c)
                        .isNotEqualTo(v.problem().en());
            }
            assertThat(e.getMessage()).as("%s: the English message", c).contains(c.en());
            assertThat(e.getMessage(Text.VIETNAMESE))
                    .as("%s: the Vietnamese message", c)
                    .contains(c.vi());
            assertThat(e.getMessage(Text.VIETNAMESE)).isNotEqualTo(e.getMessage(Locale.ENGLISH));
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                assertThat(t).as("%s: the causes", c).isNotInstanceOf(NullPointerException.class);
            }
            return;
        } catch (Throwable t) {
            throw new AssertionError(c + ": expected a " + c.exception().getSimpleName() + ", got " + t, t);
        }
        throw new AssertionError(c + ": expected a " + c.exception().getSimpleName() + ", but made " + made);
    }

    @Test
    void corpus_isLargeEnough_andCountedPerType() {
        Map<String, Long> byType = cases().stream()
                .collect(Collectors.groupingBy(
                        c -> c.type() == null ? c.exception().getSimpleName() : c.type(),
                        TreeMap::new,
                        Collectors.counting()));
        assertThat(cases()).as("cases per type: %s", byType).hasSizeGreaterThanOrEqualTo(MIN_CASES);
        assertThat(cases()).extracting(Case::toString).doesNotHaveDuplicates();
    }

    @Test
    void aFailedRegistration_leavesTheRegistryAsItWas() {
        List<String> rules = REGISTRY.names(CriterionRule.class);
        List<String> breakers = REGISTRY.names(TieBreaker.class);
        // The valid plug-in before the bad one is not added either: all or nothing.
        Registry builtIns = Registry.builtIns();
        assertThatThrownBy(() -> builtIns.with(new ScoringFixtures.ActualAsPoints(), new BadlyNamed()))
                .isInstanceOf(ValidationException.class);
        assertThat(builtIns.rule("actual-as-points")).isEmpty();
        assertThatThrownBy(() -> Registry.builtIns().with(new ScoringFixtures.ActualAsPoints(), new Impostor()))
                .isInstanceOf(ThiDuaException.class);
        assertThat(REGISTRY.names(CriterionRule.class)).isEqualTo(rules);
        assertThat(REGISTRY.names(TieBreaker.class)).isEqualTo(breakers);
        assertThat(Registry.builtIns().rule("actual-as-points")).isEmpty();
    }

    @Test
    void aBatchWithABadCluster_handsTheSinkOnlyTheClustersBeforeIt() {
        EvaluationInput good = input().addAllSheets(fullSheets()).build();
        EvaluationInput bad = input(fullSheets().get(0)).build();
        List<Evaluation> received = new ArrayList<>();
        assertThatThrownBy(() ->
                        EVALUATOR.evaluateAll(POLICY, List.of(good, bad, good).iterator(), 1, received::add))
                .isInstanceOf(BatchEvaluationException.class)
                .hasMessageContaining("a member has no assessment sheet");
        assertThat(received).containsExactly(EVALUATOR.evaluate(POLICY, good));
        // Listed all at once, nothing is returned.
        assertThatThrownBy(() -> EVALUATOR.evaluateAll(POLICY, List.of(good, bad), 2))
                .isInstanceOf(BatchEvaluationException.class);
    }

    @Test
    void aFormulaRoundingToABillionPlaces_isRefusedWhenScored_notComputed() {
        Policy rounding =
                policy(formulaTable("ROUND(actual, 999999999)", "actual")).build();
        Covenant covenant = ScoringFixtures.covenant(CLUSTER, rounding.table());
        List<AssessmentSheet> sheets = List.of("a", "b", "c").stream()
                .map(u -> AssessmentSheet.builder()
                        .unit(Id.of(u))
                        .period(YEAR)
                        .addEntries(io.github.thidua.core.Assessment.builder()
                                .criterion("I.2")
                                .actual(BigDecimal.ONE)
                                .build())
                        .build())
                .toList();
        assertThatThrownBy(() -> EVALUATOR.evaluate(
                        rounding,
                        EvaluationInput.builder()
                                .covenant(covenant)
                                .addAllSheets(sheets)
                                .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ROUND keeps 0 to 12 decimal places");
    }

    @Test
    void checker_failsOnPlantedBugs() {
        assertRefused(invalid(
                "planted",
                "Quota",
                "count",
                "negative count",
                "số lượng âm",
                () -> Quota.ofCount(-1, StraddleRule.INCLUDE_ALL)));
        assertThatThrownBy(() -> assertRefused(
                        invalid("made", "Quota", "count", "x", "x", () -> Quota.ofCount(1, StraddleRule.INCLUDE_ALL))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but made");
        assertThatThrownBy(() -> assertRefused(invalid("jdk", "Quota", "count", "x", "x", () -> {
                    throw new IllegalArgumentException("count");
                })))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("IllegalArgumentException");
        assertThatThrownBy(() -> assertRefused(invalid(
                        "field",
                        "Quota",
                        "share",
                        "negative count",
                        "số lượng âm",
                        () -> Quota.ofCount(-1, StraddleRule.INCLUDE_ALL))))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() ->
                        assertRefused(new Case("English only", ThiDuaException.class, null, null, "bad", "bad", () -> {
                            throw new ThiDuaException(Text.of("bad", "bad"));
                        })))
                .isInstanceOf(AssertionError.class);
    }
}
