package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardForm;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.BandResult;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Gender;
import io.github.thidua.core.Household;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.Individual;
import io.github.thidua.core.IssuerLevel;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.MissingTargetPolicy;
import io.github.thidua.core.Movement;
import io.github.thidua.core.MovementKind;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Period;
import io.github.thidua.core.PeriodKind;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Review;
import io.github.thidua.core.ReviewKind;
import io.github.thidua.core.Role;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SelectionMethod;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import io.github.thidua.core.Vote;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Registers the serializers and deserializers of the Core module's types.
 *
 * <p>The wire format, in one place (see {@link Shape} for the rules every object follows):
 *
 * <ul>
 *   <li>{@link Id}, {@link Name}: JSON strings (names NFC-normalised when read).
 *   <li>{@link Points} and exact decimals: plain JSON numbers written from the {@code BigDecimal}
 *       text, read with {@code getDecimalValue()}; a string such as {@code "7.75"} is accepted.
 *   <li>{@link Vnd}: a JSON integer of đồng. Dates: ISO-8601 strings. Years: integers. Enums:
 *       constant names.
 *   <li>{@link Text}: {@code {"vi", "en"}}. {@link Period}: {@code {"kind", "start", "end"}}, read
 *       through {@link Period#of(PeriodKind, LocalDate, LocalDate)}. {@link Rounding}: {@code
 *       {"scale", "mode"}}, {@code {"step", "mode"}} or {@code {}} for none.
 *   <li>{@link CriterionKind}: an object whose {@code "kind"} is the stable {@link
 *       CriterionKind#kindName()}, with that kind's parameters beside it; any other name is a
 *       {@link CustomKind} ({@code "label"}, {@code "parameters"}), which refuses names that are
 *       not lower-case words, so a Java class name never reads.
 *   <li>{@link CriterionNode}: an object with {@code "children"} is a {@link CriterionGroup},
 *       any other a {@link Criterion}.
 *   <li>Maps keyed by an enum or a year are written in the keys' natural order; maps keyed by
 *       text keep the value's own order (an explanation's inputs are shown in that order).
 * </ul>
 */
public final class CoreTypes {

    private CoreTypes() {}

    /**
     * Returns a field a domain type reports in its {@code ValidationException} under the name of
     * the property the document writes it as: {@code kindName} of {@code CustomKind} is written as
     * {@code kind}.
     *
     * @param type the simple name of the domain type, such as {@code CustomKind}
     * @param field the field as the domain reports it, such as {@code kindName}
     * @return the field as the document names it
     */
    public static String documentField(String type, String field) {
        return Shape.documentField(type, field);
    }

    /**
     * Adds this family's (de)serialisers to the module.
     *
     * @param module the module being set up
     */
    public static void register(SimpleModule module) {
        scalar(module, Id.class, Codec.ID);
        scalar(module, Name.class, Codec.NAME);
        scalar(module, Points.class, Codec.POINTS);
        scalar(module, Vnd.class, Codec.VND);

        add(module, TEXT);
        add(module, PERIOD);
        add(module, ROUNDING);

        add(module, ORGANISER);
        add(module, COLLECTIVE);
        add(module, INDIVIDUAL);
        add(module, HOUSEHOLD);
        add(module, SUB_GROUP);
        add(module, ROLE_ASSIGNMENT);
        add(module, CLUSTER);
        add(module, MOVEMENT);
        add(module, REVIEW);

        add(module, INDICATOR);
        add(module, PLEDGED_TARGET);
        add(module, CRITERION);
        add(module, CRITERION_GROUP);
        add(module, SCORING_TABLE);
        add(module, COVENANT);
        for (Shape<? extends CriterionKind, ?> kind : KINDS.values()) {
            add(module, kind);
        }
        add(module, CUSTOM_KIND);
        module.addSerializer(CriterionKind.class, new CriterionKindSerializer());
        module.addDeserializer(CriterionKind.class, new CriterionKindDeserializer());
        module.addSerializer(CriterionNode.class, new CriterionNodeSerializer());
        module.addDeserializer(CriterionNode.class, new CriterionNodeDeserializer());

        add(module, ASSESSMENT);
        add(module, ASSESSMENT_SHEET);
        add(module, BALLOT);
        add(module, VOTE);

        add(module, AWARD_KIND);
        add(module, AWARD_RECORD);
        add(module, AWARD_PROPOSAL);

        add(module, EXPLANATION);
        add(module, RANK);
        add(module, BAND_RESULT);
        add(module, CRITERION_RESULT);
        add(module, UNIT_RESULT);
        add(module, CLUSTER_RESULT);
    }

    /** Registers a value written and read by one codec, such as a scalar. */
    static <T> void scalar(SimpleModule module, Class<T> type, Codec<T> codec) {
        module.addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                codec.write(value, gen, provider);
            }
        });
        module.addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return codec.read(p, ctxt);
            }
        });
    }

    /** Registers the serialiser and deserialiser of a shape. */
    static <T> void add(SimpleModule module, Shape<T, ?> shape) {
        module.addSerializer(shape.type(), shape.serializer());
        module.addDeserializer(shape.type(), shape.deserializer());
    }

    private static <E extends Enum<E>> Codec<E> e(Class<E> type) {
        return Codec.enumOf(type);
    }

    private static <T> Codec<T> v(Class<T> type) {
        return Codec.of(type);
    }

    // ---- small values, built from holders (they have factories, not builders)

    static final Shape<Text, String[]> TEXT = Shape.of(Text.class, () -> new String[2], a -> Text.of(a[0], a[1]))
            .required("vi", Codec.STRING, Text::vi, (a, s) -> a[0] = s)
            .required("en", Codec.STRING, Text::en, (a, s) -> a[1] = s);

    static final Shape<Period, Object[]> PERIOD = Shape.of(Period.class, () -> new Object[3], CoreTypes::period)
            .required("kind", e(PeriodKind.class), Period::kind, (a, k) -> a[0] = k)
            .required("start", Codec.DATE, Period::start, (a, d) -> a[1] = d)
            .required("end", Codec.DATE, Period::end, (a, d) -> a[2] = d);

    private static Period period(Object[] a) {
        if (a[0] == null) {
            throw ValidationException.missing("Period", "kind");
        }
        return Period.of((PeriodKind) a[0], (LocalDate) a[1], (LocalDate) a[2]);
    }

    static final Shape<Rounding, Object[]> ROUNDING = Shape.of(Rounding.class, () -> new Object[3], CoreTypes::rounding)
            .optional("scale", Codec.INT, Rounding::scale, (a, s) -> a[0] = s)
            .optional("step", Codec.DECIMAL, Rounding::step, (a, s) -> a[1] = s)
            .optional("mode", e(RoundingMode.class), Rounding::mode, (a, m) -> a[2] = m);

    private static Rounding rounding(Object[] a) {
        Integer scale = (Integer) a[0];
        BigDecimal step = (BigDecimal) a[1];
        RoundingMode mode = (RoundingMode) a[2];
        if (scale != null && step != null) {
            throw ValidationException.invalid(
                    "Rounding",
                    "step",
                    step,
                    Text.of("có cả số chữ số thập phân và bước làm tròn", "given together with scale"),
                    Text.of("scale hoặc step, không cả hai", "either scale or step, never both"));
        }
        if (scale != null) {
            return Rounding.toScale(scale, mode);
        }
        if (step != null) {
            return Rounding.toStep(step, mode);
        }
        if (mode != null) {
            throw ValidationException.invalid(
                    "Rounding",
                    "mode",
                    mode,
                    Text.of("có chế độ làm tròn nhưng thiếu scale hoặc step", "given without scale or step"),
                    Text.of(
                            "mode cùng với scale hoặc step, hoặc {} để không làm tròn",
                            "mode with scale or step, or {} for none"));
        }
        return Rounding.none();
    }

    // ---- units, organisers, clusters

    static final Shape<Organiser, Organiser.Builder> ORGANISER = Shape.of(
                    Organiser.class, Organiser.Builder::new, Organiser.Builder::build)
            .required("id", Codec.ID, Organiser::id, Organiser.Builder::id)
            .required("name", Codec.NAME, Organiser::name, Organiser.Builder::name)
            .required("level", e(OrganiserLevel.class), Organiser::level, Organiser.Builder::level)
            .required("kind", e(OrganiserKind.class), Organiser::kind, Organiser.Builder::kind)
            .optional("shortName", Codec.NAME, Organiser::shortName, Organiser.Builder::shortName);

    static final Shape<Collective, Collective.Builder> COLLECTIVE = Shape.of(
                    Collective.class, Collective.Builder::new, Collective.Builder::build)
            .required("id", Codec.ID, Collective::id, Collective.Builder::id)
            .required("name", Codec.NAME, Collective::name, Collective.Builder::name)
            .optional("shortName", Codec.NAME, Collective::shortName, Collective.Builder::shortName)
            .optionalInt("headCount", Collective::headCount, Collective.Builder::headCount)
            .optionalInt("womenCount", Collective::womenCount, Collective.Builder::womenCount);

    static final Shape<Individual, Individual.Builder> INDIVIDUAL = Shape.of(
                    Individual.class, Individual.Builder::new, Individual.Builder::build)
            .required("id", Codec.ID, Individual::id, Individual.Builder::id)
            .required("name", Codec.NAME, Individual::name, Individual.Builder::name)
            .optional("gender", e(Gender.class), Individual::gender, Individual.Builder::gender)
            .optional("position", Codec.NAME, Individual::position, Individual.Builder::position)
            .optional("collective", Codec.ID, Individual::collective, Individual.Builder::collective);

    static final Shape<Household, Household.Builder> HOUSEHOLD = Shape.of(
                    Household.class, Household.Builder::new, Household.Builder::build)
            .required("id", Codec.ID, Household::id, Household.Builder::id)
            .required("name", Codec.NAME, Household::name, Household.Builder::name)
            .optional("head", Codec.NAME, Household::head, Household.Builder::head)
            .optional("address", Codec.STRING, Household::address, Household.Builder::address);

    static final Shape<SubGroup, SubGroup.Builder> SUB_GROUP = Shape.of(
                    SubGroup.class, SubGroup.Builder::new, SubGroup.Builder::build)
            .required("id", Codec.ID, SubGroup::id, SubGroup.Builder::id)
            .required("name", Codec.NAME, SubGroup::name, SubGroup.Builder::name)
            .list("members", Codec.ID, SubGroup::members, SubGroup.Builder::addAllMembers);

    static final Shape<RoleAssignment, RoleAssignment.Builder> ROLE_ASSIGNMENT = Shape.of(
                    RoleAssignment.class, RoleAssignment.Builder::new, RoleAssignment.Builder::build)
            .required("year", Codec.YEAR, RoleAssignment::year, RoleAssignment.Builder::year)
            .required("role", e(Role.class), RoleAssignment::role, RoleAssignment.Builder::role)
            .required("holder", Codec.ID, RoleAssignment::holder, RoleAssignment.Builder::holder)
            .required("method", e(SelectionMethod.class), RoleAssignment::method, RoleAssignment.Builder::method)
            .optional("decidedOn", Codec.DATE, RoleAssignment::decidedOn, RoleAssignment.Builder::decidedOn)
            .optional(
                    "decisionReference",
                    Codec.STRING,
                    RoleAssignment::decisionReference,
                    RoleAssignment.Builder::decisionReference)
            .optional("subGroup", Codec.ID, RoleAssignment::subGroup, RoleAssignment.Builder::subGroup);

    static final Shape<Cluster, Cluster.Builder> CLUSTER = Shape.of(
                    Cluster.class, Cluster.Builder::new, Cluster.Builder::build)
            .required("id", Codec.ID, Cluster::id, Cluster.Builder::id)
            .required("kind", e(ClusterKind.class), Cluster::kind, Cluster.Builder::kind)
            .optionalInt("number", Cluster::number, Cluster.Builder::number)
            .required("name", Codec.NAME, Cluster::name, Cluster.Builder::name)
            .required("organiser", v(Organiser.class), Cluster::organiser, Cluster.Builder::organiser)
            .list("members", v(Collective.class), Cluster::members, Cluster.Builder::addAllMembers)
            .list("subGroups", v(SubGroup.class), Cluster::subGroups, Cluster.Builder::addAllSubGroups)
            .list("roles", v(RoleAssignment.class), Cluster::roles, Cluster.Builder::addAllRoles);

    static final Shape<Movement, Movement.Builder> MOVEMENT = Shape.of(
                    Movement.class, Movement.Builder::new, Movement.Builder::build)
            .required("id", Codec.ID, Movement::id, Movement.Builder::id)
            .required("name", Codec.NAME, Movement::name, Movement.Builder::name)
            .required("kind", e(MovementKind.class), Movement::kind, Movement.Builder::kind)
            .required("launchedBy", Codec.NAME, Movement::launchedBy, Movement.Builder::launchedBy)
            .optional("slogan", Codec.STRING, Movement::slogan, Movement.Builder::slogan)
            .optional("period", v(Period.class), Movement::period, Movement.Builder::period)
            .map("themes", KeyCodec.YEAR, Codec.STRING, m -> new TreeMap<>(m.themes()), Movement.Builder::putAllThemes);

    static final Shape<Review, Review.Builder> REVIEW = Shape.of(
                    Review.class, Review.Builder::new, Review.Builder::build)
            .required("cluster", Codec.ID, Review::cluster, Review.Builder::cluster)
            .required("kind", e(ReviewKind.class), Review::kind, Review.Builder::kind)
            .required("period", v(Period.class), Review::period, Review.Builder::period)
            .required("startsOn", Codec.DATE, Review::startsOn, Review.Builder::startsOn)
            .optional("endsOn", Codec.DATE, Review::endsOn, Review.Builder::endsOn)
            .optional("host", Codec.ID, Review::host, Review.Builder::host)
            .optional("chair", Codec.NAME, Review::chair, Review.Builder::chair)
            .optional("chairUnit", Codec.ID, Review::chairUnit, Review.Builder::chairUnit)
            .optional("place", Codec.STRING, Review::place, Review.Builder::place);

    // ---- covenants and scoring tables

    static final Shape<Indicator, Indicator.Builder> INDICATOR = Shape.of(
                    Indicator.class, Indicator.Builder::new, Indicator.Builder::build)
            .required("id", Codec.ID, Indicator::id, Indicator.Builder::id)
            .required("name", Codec.NAME, Indicator::name, Indicator.Builder::name)
            .required("unitOfMeasure", Codec.STRING, Indicator::unitOfMeasure, Indicator.Builder::unitOfMeasure)
            .required("direction", e(Direction.class), Indicator::direction, Indicator.Builder::direction);

    static final Shape<PledgedTarget, PledgedTarget.Builder> PLEDGED_TARGET = Shape.of(
                    PledgedTarget.class, PledgedTarget.Builder::new, PledgedTarget.Builder::build)
            .required("unit", Codec.ID, PledgedTarget::unit, PledgedTarget.Builder::unit)
            .required("indicator", Codec.ID, PledgedTarget::indicator, PledgedTarget.Builder::indicator)
            .required("value", Codec.DECIMAL, PledgedTarget::value, PledgedTarget.Builder::value)
            .optional("note", Codec.STRING, PledgedTarget::note, PledgedTarget.Builder::note);

    static final Shape<Criterion, Criterion.Builder> CRITERION = Shape.of(
                    Criterion.class, Criterion.Builder::new, Criterion.Builder::build)
            .required("code", Codec.STRING, Criterion::code, Criterion.Builder::code)
            .required("name", Codec.NAME, Criterion::name, Criterion.Builder::name)
            .required("maxPoints", Codec.POINTS, Criterion::maxPoints, Criterion.Builder::maxPoints)
            .required("kind", v(CriterionKind.class), Criterion::kind, Criterion.Builder::kind)
            .optional("description", Codec.STRING, Criterion::description, Criterion.Builder::description);

    static final Shape<CriterionGroup, CriterionGroup.Builder> CRITERION_GROUP = Shape.of(
                    CriterionGroup.class, CriterionGroup.Builder::new, CriterionGroup.Builder::build)
            .required("code", Codec.STRING, CriterionGroup::code, CriterionGroup.Builder::code)
            .required("name", Codec.NAME, CriterionGroup::name, CriterionGroup.Builder::name)
            .optional(
                    "declaredMaxPoints",
                    Codec.POINTS,
                    CriterionGroup::declaredMaxPoints,
                    CriterionGroup.Builder::declaredMaxPoints)
            .list("children", v(CriterionNode.class), CriterionGroup::children, CriterionGroup.Builder::addAllChildren);

    static final Shape<ScoringTable, ScoringTable.Builder> SCORING_TABLE = Shape.of(
                    ScoringTable.class, ScoringTable.Builder::new, ScoringTable.Builder::build)
            .required("id", Codec.ID, ScoringTable::id, ScoringTable.Builder::id)
            .required("name", Codec.NAME, ScoringTable::name, ScoringTable.Builder::name)
            .list("roots", v(CriterionNode.class), ScoringTable::roots, ScoringTable.Builder::addAllRoots)
            .optional(
                    "declaredMaxPoints",
                    Codec.POINTS,
                    ScoringTable::declaredMaxPoints,
                    ScoringTable.Builder::declaredMaxPoints)
            .required("bonusCap", Codec.POINTS, ScoringTable::bonusCap, ScoringTable.Builder::bonusCap)
            .required("deductionCap", Codec.POINTS, ScoringTable::deductionCap, ScoringTable.Builder::deductionCap);

    static final Shape<Covenant, Covenant.Builder> COVENANT = Shape.of(
                    Covenant.class, Covenant.Builder::new, Covenant.Builder::build)
            .required("id", Codec.ID, Covenant::id, Covenant.Builder::id)
            .required("cluster", v(Cluster.class), Covenant::cluster, Covenant.Builder::cluster)
            .required("period", v(Period.class), Covenant::period, Covenant.Builder::period)
            .optional("term", v(Period.class), Covenant::term, Covenant.Builder::term)
            .required("signedOn", Codec.DATE, Covenant::signedOn, Covenant.Builder::signedOn)
            .list("signatories", Codec.ID, Covenant::signatories, Covenant.Builder::addAllSignatories)
            .list("contents", Codec.STRING, Covenant::contents, Covenant.Builder::addAllContents)
            .list("indicators", v(Indicator.class), Covenant::indicators, Covenant.Builder::addAllIndicators)
            .list("targets", v(PledgedTarget.class), Covenant::targets, Covenant.Builder::addAllTargets)
            .required("scoringTable", v(ScoringTable.class), Covenant::scoringTable, Covenant.Builder::scoringTable);

    // ---- rule kinds: "kind" names the kind, its parameters sit beside it

    static final Shape<Qualitative, Qualitative.Builder> QUALITATIVE = Shape.of(
                    Qualitative.class, Qualitative.Builder::new, Qualitative.Builder::build)
            .constant("kind", "qualitative")
            .required(
                    "fractionIfNotAchieved",
                    Codec.DECIMAL,
                    Qualitative::fractionIfNotAchieved,
                    Qualitative.Builder::fractionIfNotAchieved);

    static final Shape<Quantitative, Quantitative.Builder> QUANTITATIVE = Shape.of(
                    Quantitative.class, Quantitative.Builder::new, Quantitative.Builder::build)
            .constant("kind", "quantitative")
            .required("indicator", Codec.ID, Quantitative::indicator, Quantitative.Builder::indicator)
            .required("ratioCap", Codec.DECIMAL, Quantitative::ratioCap, Quantitative.Builder::ratioCap)
            .required(
                    "missingTarget",
                    e(MissingTargetPolicy.class),
                    Quantitative::missingTarget,
                    Quantitative.Builder::missingTarget);

    static final Shape<LeaderRelative, LeaderRelative.Builder> LEADER_RELATIVE = Shape.of(
                    LeaderRelative.class, LeaderRelative.Builder::new, LeaderRelative.Builder::build)
            .constant("kind", "leader-relative")
            .required("indicator", Codec.ID, LeaderRelative::indicator, LeaderRelative.Builder::indicator)
            .required(
                    "leaderTie",
                    e(LeaderTiePolicy.class),
                    LeaderRelative::leaderTie,
                    LeaderRelative.Builder::leaderTie);

    static final Shape<CountBased, CountBased.Builder> COUNT = Shape.of(
                    CountBased.class, CountBased.Builder::new, CountBased.Builder::build)
            .constant("kind", "count")
            .required(
                    "pointsPerOccurrence",
                    Codec.POINTS,
                    CountBased::pointsPerOccurrence,
                    CountBased.Builder::pointsPerOccurrence);

    static final Shape<Bonus, Bonus.Builder> BONUS = Shape.of(Bonus.class, Bonus.Builder::new, Bonus.Builder::build)
            .constant("kind", "bonus")
            .required(
                    "pointsPerOccurrence",
                    Codec.POINTS,
                    Bonus::pointsPerOccurrence,
                    Bonus.Builder::pointsPerOccurrence);

    static final Shape<Deduction, Deduction.Builder> DEDUCTION = Shape.of(
                    Deduction.class, Deduction.Builder::new, Deduction.Builder::build)
            .constant("kind", "deduction")
            .required(
                    "pointsPerOccurrence",
                    Codec.POINTS,
                    Deduction::pointsPerOccurrence,
                    Deduction.Builder::pointsPerOccurrence);

    static final Shape<Formula, Formula.Builder> FORMULA = Shape.of(
                    Formula.class, Formula.Builder::new, Formula.Builder::build)
            .constant("kind", "formula")
            .required("expression", Codec.STRING, Formula::expression, Formula.Builder::expression)
            .list("inputs", Codec.STRING, Formula::inputs, Formula.Builder::addAllInputs)
            .optional("indicator", Codec.ID, Formula::indicator, Formula.Builder::indicator);

    static final Shape<CustomKind, CustomKind.Builder> CUSTOM_KIND = Shape.of(
                    CustomKind.class, CustomKind.Builder::new, CustomKind.Builder::build)
            .required("kind", Codec.STRING, CustomKind::kindName, CustomKind.Builder::kindName)
            .required("label", v(Text.class), CustomKind::label, CustomKind.Builder::label)
            .map(
                    "parameters",
                    KeyCodec.STRING,
                    Codec.STRING,
                    CustomKind::parameters,
                    CustomKind.Builder::putAllParameters)
            .domainField("kindName", "kind");

    /** The built-in kinds by their stable name. */
    static final Map<String, Shape<? extends CriterionKind, ?>> KINDS = Map.of(
            "qualitative", QUALITATIVE,
            "quantitative", QUANTITATIVE,
            "leader-relative", LEADER_RELATIVE,
            "count", COUNT,
            "bonus", BONUS,
            "deduction", DEDUCTION,
            "formula", FORMULA);

    // ---- assessments and votes

    static final Shape<Assessment, Assessment.Builder> ASSESSMENT = Shape.of(
                    Assessment.class, Assessment.Builder::new, Assessment.Builder::build)
            .required("criterion", Codec.STRING, Assessment::criterion, Assessment.Builder::criterion)
            .optional("achieved", Codec.BOOLEAN, Assessment::achieved, Assessment.Builder::achieved)
            .optional("actual", Codec.DECIMAL, Assessment::actual, Assessment.Builder::actual)
            .optionalInt("count", Assessment::count, Assessment.Builder::count)
            .optionalInt("occurrences", Assessment::occurrences, Assessment.Builder::occurrences)
            .optional("evidence", Codec.STRING, Assessment::evidence, Assessment.Builder::evidence)
            .optional("explanation", Codec.STRING, Assessment::explanation, Assessment.Builder::explanation)
            .map(
                    "points",
                    KeyCodec.enumOf(AssessmentStage.class),
                    Codec.POINTS,
                    a -> new TreeMap<>(a.points()),
                    Assessment.Builder::putAllPoints);

    static final Shape<AssessmentSheet, AssessmentSheet.Builder> ASSESSMENT_SHEET = Shape.of(
                    AssessmentSheet.class, AssessmentSheet.Builder::new, AssessmentSheet.Builder::build)
            .required("unit", Codec.ID, AssessmentSheet::unit, AssessmentSheet.Builder::unit)
            .required("period", v(Period.class), AssessmentSheet::period, AssessmentSheet.Builder::period)
            .list("entries", v(Assessment.class), AssessmentSheet::entries, AssessmentSheet.Builder::addAllEntries)
            .list("events", Codec.STRING, AssessmentSheet::events, AssessmentSheet.Builder::addAllEvents)
            .required(
                    "leaderDiscipline",
                    e(Discipline.class),
                    AssessmentSheet::leaderDiscipline,
                    AssessmentSheet.Builder::leaderDiscipline);

    static final Shape<Ballot, Ballot.Builder> BALLOT = Shape.of(
                    Ballot.class, Ballot.Builder::new, Ballot.Builder::build)
            .required("voter", Codec.ID, Ballot::voter, Ballot.Builder::voter)
            .required("round", Codec.INT, Ballot::round, Ballot.Builder::round)
            .required("mode", e(BallotMode.class), Ballot::mode, Ballot.Builder::mode)
            .list("approvals", Codec.ID, Ballot::approvals, Ballot.Builder::addAllApprovals)
            .list("ranking", Codec.ID, Ballot::ranking, Ballot.Builder::addAllRanking);

    static final Shape<Vote, Vote.Builder> VOTE = Shape.of(Vote.class, Vote.Builder::new, Vote.Builder::build)
            .required("id", Codec.ID, Vote::id, Vote.Builder::id)
            .required("subject", Codec.NAME, Vote::subject, Vote.Builder::subject)
            .list("candidates", Codec.ID, Vote::candidates, Vote.Builder::addAllCandidates)
            .list("electorate", Codec.ID, Vote::electorate, Vote.Builder::addAllElectorate)
            .list("ballots", v(Ballot.class), Vote::ballots, Vote.Builder::addAllBallots);

    // ---- awards

    static final Shape<AwardKind, AwardKind.Builder> AWARD_KIND = Shape.of(
                    AwardKind.class, AwardKind.Builder::new, AwardKind.Builder::build)
            .required("id", Codec.ID, AwardKind::id, AwardKind.Builder::id)
            .required("name", v(Text.class), AwardKind::name, AwardKind.Builder::name)
            .required("form", e(AwardForm.class), AwardKind::form, AwardKind.Builder::form)
            .required("issuerLevel", e(IssuerLevel.class), AwardKind::issuerLevel, AwardKind.Builder::issuerLevel)
            .list(
                    "recipientKinds",
                    e(RecipientKind.class),
                    k -> k.recipientKinds().stream().sorted().toList(),
                    AwardKind.Builder::addAllRecipientKinds);

    static final Shape<AwardRecord, AwardRecord.Builder> AWARD_RECORD = Shape.of(
                    AwardRecord.class, AwardRecord.Builder::new, AwardRecord.Builder::build)
            .required("recipient", Codec.ID, AwardRecord::recipient, AwardRecord.Builder::recipient)
            .required(
                    "recipientKind",
                    e(RecipientKind.class),
                    AwardRecord::recipientKind,
                    AwardRecord.Builder::recipientKind)
            .required("awardKind", Codec.ID, AwardRecord::awardKind, AwardRecord.Builder::awardKind)
            .required("year", Codec.YEAR, AwardRecord::year, AwardRecord.Builder::year)
            .optional(
                    "decisionReference",
                    Codec.STRING,
                    AwardRecord::decisionReference,
                    AwardRecord.Builder::decisionReference)
            .optional("decidedOn", Codec.DATE, AwardRecord::decidedOn, AwardRecord.Builder::decidedOn);

    static final Shape<AwardProposal, AwardProposal.Builder> AWARD_PROPOSAL = Shape.of(
                    AwardProposal.class, AwardProposal.Builder::new, AwardProposal.Builder::build)
            .required("recipient", Codec.ID, AwardProposal::recipient, AwardProposal.Builder::recipient)
            .required(
                    "recipientKind",
                    e(RecipientKind.class),
                    AwardProposal::recipientKind,
                    AwardProposal.Builder::recipientKind)
            .required("awardKind", v(AwardKind.class), AwardProposal::awardKind, AwardProposal.Builder::awardKind)
            .required("period", v(Period.class), AwardProposal::period, AwardProposal.Builder::period)
            .required("proposedBy", Codec.ID, AwardProposal::proposedBy, AwardProposal.Builder::proposedBy)
            .optional("basis", v(Text.class), AwardProposal::basis, AwardProposal.Builder::basis);

    // ---- results

    static final Shape<Explanation, Explanation.Builder> EXPLANATION = Shape.of(
                    Explanation.class, Explanation.Builder::new, Explanation.Builder::build)
            .required("key", Codec.STRING, Explanation::key, Explanation.Builder::key)
            .required("text", v(Text.class), Explanation::text, Explanation.Builder::text)
            .optional("value", Codec.POINTS, Explanation::value, Explanation.Builder::value)
            .map("inputs", KeyCodec.STRING, Codec.STRING, Explanation::inputs, Explanation.Builder::putAllInputs)
            .list("children", v(Explanation.class), Explanation::children, Explanation.Builder::addAllChildren);

    static final Shape<Rank, Rank.Builder> RANK = Shape.of(Rank.class, Rank.Builder::new, Rank.Builder::build)
            .required("position", Codec.INT, Rank::position, Rank.Builder::position)
            .list("tiedWith", Codec.ID, Rank::tiedWith, Rank.Builder::addAllTiedWith)
            .optional("decidedBy", Codec.STRING, Rank::decidedBy, Rank.Builder::decidedBy)
            .required("unresolved", Codec.BOOLEAN, Rank::unresolved, Rank.Builder::unresolved)
            .optional("decider", v(Text.class), Rank::decider, Rank.Builder::decider);

    static final Shape<BandResult, BandResult.Builder> BAND_RESULT = Shape.of(
                    BandResult.class, BandResult.Builder::new, BandResult.Builder::build)
            .required("code", Codec.STRING, BandResult::code, BandResult.Builder::code)
            .required("label", v(Text.class), BandResult::label, BandResult.Builder::label);

    static final Shape<CriterionResult, CriterionResult.Builder> CRITERION_RESULT = Shape.of(
                    CriterionResult.class, CriterionResult.Builder::new, CriterionResult.Builder::build)
            .required("criterion", Codec.STRING, CriterionResult::criterion, CriterionResult.Builder::criterion)
            .required("points", Codec.POINTS, CriterionResult::points, CriterionResult.Builder::points)
            .optional(
                    "explanation",
                    v(Explanation.class),
                    CriterionResult::explanation,
                    CriterionResult.Builder::explanation);

    static final Shape<UnitResult, UnitResult.Builder> UNIT_RESULT = Shape.of(
                    UnitResult.class, UnitResult.Builder::new, UnitResult.Builder::build)
            .required("unit", Codec.ID, UnitResult::unit, UnitResult.Builder::unit)
            .list("criteria", v(CriterionResult.class), UnitResult::criteria, UnitResult.Builder::addAllCriteria)
            .map("subtotals", KeyCodec.STRING, Codec.POINTS, UnitResult::subtotals, UnitResult.Builder::putAllSubtotals)
            .required("total", Codec.POINTS, UnitResult::total, UnitResult.Builder::total)
            .optional("band", v(BandResult.class), UnitResult::band, UnitResult.Builder::band)
            .optional("rank", v(Rank.class), UnitResult::rank, UnitResult.Builder::rank)
            .list("proposals", v(AwardProposal.class), UnitResult::proposals, UnitResult.Builder::addAllProposals)
            .optional("cash", Codec.VND, UnitResult::cash, UnitResult.Builder::cash)
            .required("explanation", v(Explanation.class), UnitResult::explanation, UnitResult.Builder::explanation);

    static final Shape<ClusterResult, ClusterResult.Builder> CLUSTER_RESULT = Shape.of(
                    ClusterResult.class, ClusterResult.Builder::new, ClusterResult.Builder::build)
            .required("cluster", Codec.ID, ClusterResult::cluster, ClusterResult.Builder::cluster)
            .required("period", v(Period.class), ClusterResult::period, ClusterResult.Builder::period)
            .required("policyId", Codec.STRING, ClusterResult::policyId, ClusterResult.Builder::policyId)
            .required("policyVersion", Codec.STRING, ClusterResult::policyVersion, ClusterResult.Builder::policyVersion)
            .required(
                    "policyFingerprint",
                    Codec.STRING,
                    ClusterResult::policyFingerprint,
                    ClusterResult.Builder::policyFingerprint)
            .list("units", v(UnitResult.class), ClusterResult::units, ClusterResult.Builder::addAllUnits);

    // ---- the two polymorphic families

    /** Writes a rule kind through the shape of its own kind. */
    private static final class CriterionKindSerializer extends StdSerializer<CriterionKind> {
        private static final long serialVersionUID = 1L;

        CriterionKindSerializer() {
            super(CriterionKind.class);
        }

        @Override
        public void serialize(CriterionKind value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.findValueSerializer(kindType(value)).serialize(value, gen, provider);
        }

        private static Class<?> kindType(CriterionKind kind) {
            if (kind instanceof CustomKind) {
                return CustomKind.class;
            }
            return KINDS.get(kind.kindName()).type();
        }
    }

    /**
     * Reads a rule kind: buffers the object (decimals kept exact), finds its {@code "kind"}, and
     * reads it again with that kind's shape. Names outside the built-in ones read as a {@link
     * CustomKind}, whose own check refuses anything that is not a lower-case word.
     */
    private static final class CriterionKindDeserializer extends StdDeserializer<CriterionKind> {
        private static final long serialVersionUID = 1L;

        CriterionKindDeserializer() {
            super(CriterionKind.class);
        }

        @Override
        public CriterionKind deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Buffered object = Buffered.of(p, ctxt, CriterionKind.class);
            JsonParser again = object.parser(p);
            String name = object.kind(again, ctxt);
            Shape<? extends CriterionKind, ?> shape = KINDS.get(name);
            return shape != null ? shape.read(again, ctxt, this) : CUSTOM_KIND.read(again, ctxt, this);
        }
    }

    /** Writes a node of a scoring table through the shape of a criterion or of a group. */
    private static final class CriterionNodeSerializer extends StdSerializer<CriterionNode> {
        private static final long serialVersionUID = 1L;

        CriterionNodeSerializer() {
            super(CriterionNode.class);
        }

        @Override
        public void serialize(CriterionNode value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof Criterion c) {
                CRITERION.write(c, gen, provider);
            } else {
                CRITERION_GROUP.write((CriterionGroup) value, gen, provider);
            }
        }
    }

    /** Reads a node of a scoring table: a group when it has {@code "children"}, else a criterion. */
    private static final class CriterionNodeDeserializer extends StdDeserializer<CriterionNode> {
        private static final long serialVersionUID = 1L;

        CriterionNodeDeserializer() {
            super(CriterionNode.class);
        }

        @Override
        public CriterionNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Buffered object = Buffered.of(p, ctxt, CriterionNode.class);
            boolean group = object.has("children", object.parser(p));
            JsonParser again = object.parser(p);
            return group ? CRITERION_GROUP.read(again, ctxt, this) : CRITERION.read(again, ctxt, this);
        }
    }
}
