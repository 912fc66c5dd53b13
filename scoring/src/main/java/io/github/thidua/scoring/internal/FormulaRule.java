package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleSupport.explain;
import static java.util.Objects.requireNonNull;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.operators.booleans.InfixAndOperator;
import com.ezylang.evalex.operators.booleans.InfixEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterOperator;
import com.ezylang.evalex.operators.booleans.InfixLessEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixLessOperator;
import com.ezylang.evalex.operators.booleans.InfixNotEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixOrOperator;
import com.ezylang.evalex.operators.booleans.PrefixNotOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import io.github.thidua.core.Assessment;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a {@link Formula} criterion by evaluating its expression for each unit, exactly, with
 * EvalEx behind this class.
 *
 * <p><b>Vocabulary.</b> A formula's declared inputs must be among {@code achieved} (1 if achieved,
 * 0 if not), {@code actual}, {@code target} (the unit's pledged target), {@code count}, {@code
 * occurrences} and {@code max} (the criterion's maximum), spelled exactly so; the expression may
 * name only its declared inputs, spelled as declared. A unit for which a declared input has no
 * value (except {@code max}, always known) earns 0, with an explanation naming what was missing.
 *
 * <p><b>What an expression may use.</b> Decimal numbers; {@code + - * /} and unary {@code + -};
 * comparisons {@code = == != <> < <= > >=}, {@code && || !} and parentheses; and the functions
 * {@code MIN}, {@code MAX}, {@code ABS}, {@code ROUND(x, places)} (0 to 12 places), {@code FLOOR}, {@code CEILING}
 * and {@code IF(condition, then, else)} (whose unused branch is not evaluated), in any case. There
 * is no power, modulo, square root or other function, no text, array, structure or constant (not
 * even {@code PI}), and no implicit multiplication, so an expression reaches nothing but its
 * inputs and every step but division is exact.
 *
 * <p><b>Exactness.</b> Numbers are {@link BigDecimal}s under a math context of 34 significant
 * digits (the precision of IEEE decimal128) rounding half up; no binary floating point is used.
 * The result is then rounded to the context's division scale, half up.
 *
 * <p><b>Results.</b> A result outside [0, max] is not clamped: it shows a mistake in the formula,
 * and scoring fails with a {@link ValidationException} naming the unit, the criterion and the
 * value, advising to bound the expression, for example with {@code MIN(max, ...)}. So do a
 * result that is not a number (such as a comparison) and an evaluation error such as division by
 * zero (guard it with {@code IF(target > 0, ..., 0)}).
 *
 * <p><b>Worked example.</b> {@code MIN(max, actual / target * max)} with inputs {@code actual,
 * target}, maximum 10, target 8 and actual 6 gives 6 ÷ 8 × 10 = 7.5; actual 12 gives MIN(10, 15)
 * = 10.
 *
 * <pre>{@code
 * FormulaRule.check(formula);            // when the policy is built
 * List<RuleOutcome> outcomes = new FormulaRule().score(context);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Its name is {@code formula}.
 */
public final class FormulaRule implements CriterionRule {

    /** The stable name, {@code formula}. */
    public static final String NAME = "formula";

    /** The names a formula may declare as inputs. */
    public static final Set<String> VOCABULARY = Set.of("achieved", "actual", "target", "count", "occurrences", "max");

    private static final MathContext MATH = new MathContext(34, RoundingMode.HALF_UP);

    @SuppressWarnings("unchecked")
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    Map.entry("MIN", new MinFunction()),
                    Map.entry("MAX", new MaxFunction()),
                    Map.entry("ABS", new AbsFunction()),
                    Map.entry("ROUND", new BoundedRound()),
                    Map.entry("FLOOR", new FloorFunction()),
                    Map.entry("CEILING", new CeilingFunction()),
                    Map.entry("IF", new IfFunction())))
            .operatorDictionary(MapBasedOperatorDictionary.ofOperators(
                    Map.entry("+", new InfixPlusOperator()),
                    Map.entry("-", new InfixMinusOperator()),
                    Map.entry("*", new InfixMultiplicationOperator()),
                    Map.entry("/", new InfixDivisionOperator()),
                    Map.entry("=", new InfixEqualsOperator()),
                    Map.entry("==", new InfixEqualsOperator()),
                    Map.entry("!=", new InfixNotEqualsOperator()),
                    Map.entry("<>", new InfixNotEqualsOperator()),
                    Map.entry(">", new InfixGreaterOperator()),
                    Map.entry(">=", new InfixGreaterEqualsOperator()),
                    Map.entry("<", new InfixLessOperator()),
                    Map.entry("<=", new InfixLessEqualsOperator()),
                    Map.entry("&&", new InfixAndOperator()),
                    Map.entry("||", new InfixOrOperator()),
                    Map.entry("+", new PrefixPlusOperator()),
                    Map.entry("-", new PrefixMinusOperator()),
                    Map.entry("!", new PrefixNotOperator())))
            .mathContext(MATH)
            .defaultConstants(Map.of())
            .arraysAllowed(false)
            .structuresAllowed(false)
            .binaryAllowed(false)
            .implicitMultiplicationAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .build();

    /** Beyond any number of points: results this large are out of range whatever the maximum. */
    private static final BigDecimal FAR = BigDecimal.TEN.pow(13);

    /**
     * {@code ROUND(value, places)} with 0 to 12 places, as the policy's own roundings allow:
     * {@code ROUND(actual, 999999999)} would compute a power of ten of a billion digits.
     */
    @FunctionParameter(name = "value")
    @FunctionParameter(name = "scale")
    static final class BoundedRound extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token functionToken, EvaluationValue... parameterValues)
                throws EvaluationException {
            BigDecimal places = parameterValues[1].getNumberValue();
            if (places.signum() < 0
                    || places.compareTo(BigDecimal.valueOf(12)) > 0
                    || places.stripTrailingZeros().scale() > 0) {
                throw new EvaluationException(
                        functionToken, "ROUND keeps 0 to 12 decimal places, not " + places.toString());
            }
            // As EvalEx's own ROUND: the context's rounding mode (half up).
            return expression.convertValue(parameterValues[0]
                    .getNumberValue()
                    .setScale(
                            places.intValue(),
                            expression.getConfiguration().getMathContext().getRoundingMode()));
        }
    }

    /** Creates the rule. */
    public FormulaRule() {}

    /** Returns {@code formula}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Returns "công thức" / "formula". */
    @Override
    public Text label() {
        return Text.of("công thức", "formula");
    }

    /**
     * Checks a formula before anything is scored: its inputs are in the {@linkplain #VOCABULARY
     * vocabulary}, it names an indicator if it reads {@code target}, its expression parses, uses
     * only the allowed operators and functions, no text, and names only its declared inputs.
     *
     * @param formula the formula, not null
     * @throws ValidationException if not, naming the position (from 1) of the fault in the
     *     expression
     */
    public static void check(Formula formula) {
        parse(formula);
    }

    // Checks the formula and returns it parsed, ready to evaluate unit after unit.
    private static Expression parse(Formula formula) {
        requireNonNull(formula, "formula");
        for (int i = 0; i < formula.inputs().size(); i++) {
            String input = formula.inputs().get(i);
            if (!VOCABULARY.contains(input)) {
                throw ValidationException.invalid(
                        "Formula",
                        "inputs[" + i + "]",
                        input,
                        Text.of("không phải tên đầu vào của công thức", "not a formula input name"),
                        Text.of(vocabulary(), vocabulary()));
            }
        }
        int target = formula.inputs().indexOf("target");
        if (target >= 0 && formula.indicator().isEmpty()) {
            throw ValidationException.invalid(
                    "Formula",
                    "inputs[" + target + "]",
                    "target",
                    Text.of(
                            "công thức đọc chỉ tiêu đăng ký nhưng không nêu chỉ tiêu nào (indicator)",
                            "the formula reads the pledged target but names no indicator"),
                    Text.of(
                            "nêu indicator: mã chỉ tiêu mà các đơn vị đăng ký",
                            "an indicator: the id of the indicator the units pledge targets for"));
        }
        Expression expression = new Expression(formula.expression(), CONFIG);
        List<ASTNode> nodes;
        try {
            nodes = expression.getAllASTNodes();
        } catch (ParseException e) {
            throw expressionProblem(
                    formula,
                    e.getStartPosition(),
                    Text.of("lỗi cú pháp: " + e.getMessage(), "syntax error: " + e.getMessage()),
                    Text.of(
                            "biểu thức số học với + - * /, so sánh và các hàm MIN, MAX, ABS, ROUND, FLOOR, CEILING, IF",
                            "an arithmetic expression with + - * /, comparisons and MIN, MAX, ABS, ROUND, FLOOR, CEILING, IF"));
        }
        for (ASTNode node : nodes) {
            Token token = node.getToken();
            if (token.getType() == Token.TokenType.STRING_LITERAL) {
                throw expressionProblem(
                        formula,
                        token.getStartPosition(),
                        Text.of(
                                "không được dùng văn bản \"" + token.getValue() + "\"",
                                "text \"" + token.getValue() + "\" is not allowed"),
                        Text.of("số, tên đầu vào và phép toán", "numbers, input names and operators"));
            }
            if (token.getType() == Token.TokenType.VARIABLE_OR_CONSTANT
                    && !formula.inputs().contains(token.getValue())) {
                throw expressionProblem(
                        formula,
                        token.getStartPosition(),
                        Text.of(
                                "tên không được khai báo '" + token.getValue() + "'",
                                "unknown name '" + token.getValue() + "'"),
                        Text.of(
                                "các đầu vào đã khai báo " + formula.inputs() + ", viết đúng như khai báo",
                                "the declared inputs " + formula.inputs() + ", spelled as declared"));
            }
        }
        return expression;
    }

    /**
     * Scores every unit by evaluating the expression on its inputs.
     *
     * @param context the criterion and each unit's inputs, not null
     * @return one outcome per unit, in unit-id order, each from 0 to the maximum
     * @throws ValidationException if the criterion is not a formula, the formula fails {@link
     *     #check(Formula)}, or for a unit the result is outside [0, max], not a number, or cannot
     *     be evaluated
     */
    @Override
    public List<RuleOutcome> score(RuleContext context) {
        requireNonNull(context, "context");
        Formula formula = RuleSupport.kind(context, Formula.class, NAME);
        // Parsed once for the batch; every unit sets all the inputs before it is evaluated.
        Expression expression = parse(formula);
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleInput in : RuleSupport.inputs(context)) {
            out.add(scoreOne(context, formula, expression, in));
        }
        return List.copyOf(out);
    }

    private static RuleOutcome scoreOne(RuleContext context, Formula formula, Expression expression, RuleInput in) {
        boolean explain = context.explain();
        Points max = context.criterion().maxPoints();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : formula.inputs()) {
            Optional<BigDecimal> value = value(name, in, max);
            if (value.isPresent()) {
                values.put(name, value.get());
            } else {
                missing.add(name);
            }
        }
        Map<String, String> shown = explain ? new LinkedHashMap<>() : null;
        if (!explain) {
            if (!missing.isEmpty()) {
                return RuleOutcome.unexplained(in.unit(), Points.ZERO);
            }
        } else {
            shown.put(
                    "expression",
                    formula.expression().length() > 500
                            ? formula.expression().substring(0, 497) + "..."
                            : formula.expression());
            for (String name : formula.inputs()) {
                shown.put(name, values.containsKey(name) ? RuleSupport.show(values.get(name)) : "–");
            }
        }
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing);
            return RuleOutcome.of(
                    in.unit(),
                    Points.ZERO,
                    explain(
                            "rule.formula.missing",
                            Text.of("Thiếu đầu vào " + names + ": 0 điểm", "Missing input " + names + ": 0 points"),
                            Points.ZERO,
                            shown));
        }
        EvaluationValue result;
        try {
            result = expression.withValues(values).evaluate();
        } catch (BaseException e) {
            throw RuleSupport.unitProblem(
                    context,
                    in.unit(),
                    "formula",
                    formula.expression(),
                    Text.of(
                            "không tính được công thức ở vị trí " + e.getStartPosition() + ": " + e.getMessage(),
                            "the formula cannot be evaluated at position " + e.getStartPosition() + ": "
                                    + e.getMessage()),
                    Text.of(
                            "công thức tính được với mọi đầu vào, như IF(target > 0, actual / target, 0)",
                            "a formula defined for every input, such as IF(target > 0, actual / target, 0)"));
        }
        if (!result.isNumberValue()) {
            throw RuleSupport.unitProblem(
                    context,
                    in.unit(),
                    "formula",
                    formula.expression(),
                    Text.of(
                            "kết quả không phải là số: " + result.getValue(),
                            "the result is not a number: " + result.getValue()),
                    Text.of("công thức cho kết quả là số điểm", "a formula whose result is a number of points"));
        }
        BigDecimal exact = result.getNumberValue();
        // A result far out of range (1.5 / 1E-99999999) is refused, and a vanishing one taken as 0,
        // before setScale would compute a power of ten of millions of digits.
        BigDecimal rounded = exact.abs().compareTo(FAR) >= 0
                ? exact
                : exact.abs().compareTo(BigDecimal.ONE.movePointLeft(context.divisionScale() + 1)) < 0
                        ? BigDecimal.ZERO.setScale(context.divisionScale())
                        : exact.setScale(context.divisionScale(), RoundingMode.HALF_UP);
        if (rounded.signum() < 0 || rounded.compareTo(max.toBigDecimal()) > 0) {
            throw RuleSupport.unitProblem(
                    context,
                    in.unit(),
                    "formula",
                    rounded == exact ? exact.toString() : RuleSupport.show(rounded),
                    Text.of(
                            "kết quả công thức ngoài khoảng [0, " + max + "]",
                            "the formula's result is outside [0, " + max + "]"),
                    Text.of(
                            "kết quả từ 0 đến " + max + "; hãy giới hạn công thức, như MIN(max, ...)",
                            "a result from 0 to " + max + "; bound the formula, such as MIN(max, ...)"));
        }
        Points points = Points.of(rounded);
        if (!explain) {
            return RuleOutcome.unexplained(in.unit(), points);
        }
        String sum = formula.expression() + " = " + points;
        return RuleOutcome.of(
                in.unit(),
                points,
                explain("rule.formula", Text.of("Theo công thức: " + sum, "By formula: " + sum), points, shown));
    }

    private static Optional<BigDecimal> value(String name, RuleInput in, Points max) {
        Optional<Assessment> a = in.assessment();
        switch (name) {
            case "achieved":
                return a.flatMap(Assessment::achieved).map(b -> b ? BigDecimal.ONE : BigDecimal.ZERO);
            case "actual":
                return a.flatMap(Assessment::actual);
            case "target":
                return in.target().map(t -> t.value());
            case "count":
                return a.filter(x -> x.count().isPresent())
                        .map(x -> BigDecimal.valueOf(x.count().getAsInt()));
            case "occurrences":
                return a.filter(x -> x.occurrences().isPresent())
                        .map(x -> BigDecimal.valueOf(x.occurrences().getAsInt()));
            default:
                return Optional.of(max.toBigDecimal());
        }
    }

    private static String vocabulary() {
        return "achieved, actual, target, count, occurrences, max";
    }

    private static ValidationException expressionProblem(Formula formula, int position, Text problem, Text allowed) {
        return ValidationException.invalid(
                "Formula",
                "expression",
                formula.expression(),
                Text.of("vị trí " + position + ": " + problem.vi(), "at position " + position + ": " + problem.en()),
                allowed);
    }
}
