package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An emulation covenant (giao ước thi đua): what the members of a {@link Cluster} commit to for a
 * period, each member's pledged targets, and the scoring table agreed for it.
 *
 * <p>Checked when built: signatories are unique members; every target's unit is a member and its
 * indicator is declared; at most one target per unit and indicator; indicator ids are unique;
 * every indicator the scoring table refers to is declared; a term, if given, contains the period;
 * the covenant is not signed after the period ends. Immutable and thread-safe.
 *
 * <pre>{@code
 * Covenant covenant = Covenant.builder()
 *         .id(Id.of("ccb-cum-2-2024"))
 *         .cluster(cluster)
 *         .period(Period.year(2024))
 *         .signedOn(LocalDate.of(2024, 3, 15))
 *         .addSignatories(Id.of("phu-tho"), Id.of("yen-bai"))
 *         .addContents("Thực hiện tốt phong trào thi đua \"Cựu chiến binh gương mẫu\"")
 *         .addIndicators(newMembers)
 *         .addTargets(phuThoNewMembers)
 *         .scoringTable(table)
 *         .build();
 * covenant.target(Id.of("phu-tho"), Id.of("hoi-vien-moi")); // Optional[PledgedTarget{...}]
 * }</pre>
 */
@Value.Immutable
public abstract class Covenant {

    /** The longest content item accepted. */
    public static final int MAX_CONTENT_LENGTH = 4000;

    Covenant() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable id.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns the cluster whose members signed.
     *
     * @return the cluster
     */
    public abstract Cluster cluster();

    /**
     * Returns the period the covenant is for, usually a year.
     *
     * @return the period
     */
    public abstract Period period();

    /**
     * Returns the multi-year term the covenant belongs to, such as 2021–2025.
     *
     * @return the term, containing {@link #period()}, if any
     */
    public abstract Optional<Period> term();

    /**
     * Returns the day the covenant was signed.
     *
     * @return the date, not after the end of the period
     */
    public abstract LocalDate signedOn();

    /**
     * Returns the member units that signed, in the order given.
     *
     * @return unique member ids; may be empty when not recorded
     */
    public abstract List<Id> signatories();

    /**
     * Returns what every member commits to, item by item.
     *
     * @return the items, NFC-normalised, at most 4000 characters each
     */
    public abstract List<String> contents();

    /**
     * Returns the indicators members pledge targets for.
     *
     * @return the indicators, with unique ids
     */
    public abstract List<Indicator> indicators();

    /**
     * Returns the pledged targets.
     *
     * @return the targets, at most one per unit and indicator
     */
    public abstract List<PledgedTarget> targets();

    /**
     * Returns the scoring table agreed for the period.
     *
     * @return the table
     */
    public abstract ScoringTable scoringTable();

    /**
     * Returns the indicator with the given id.
     *
     * @param id the id, not null
     * @return the indicator, or empty if none has that id
     */
    public Optional<Indicator> indicator(Id id) {
        Objects.requireNonNull(id, "id");
        return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Returns a unit's target for an indicator.
     *
     * @param unit the unit's id, not null
     * @param indicator the indicator's id, not null
     * @return the target, or empty if the unit pledged none for that indicator
     */
    public Optional<PledgedTarget> target(Id unit, Id indicator) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        return Optional.ofNullable(targetsByKey().get(List.of(unit, indicator)));
    }

    /**
     * Returns a unit's targets, in the order given.
     *
     * @param unit the unit's id, not null
     * @return the targets; empty if there are none
     */
    public List<PledgedTarget> targetsOf(Id unit) {
        Objects.requireNonNull(unit, "unit");
        return targets().stream().filter(t -> t.unit().equals(unit)).toList();
    }

    @Value.Lazy
    Map<List<Id>, PledgedTarget> targetsByKey() {
        Map<List<Id>, PledgedTarget> byKey = new HashMap<>();
        targets().forEach(t -> byKey.put(List.of(t.unit(), t.indicator()), t));
        return byKey;
    }

    @Value.Check
    final Covenant check() {
        Set<Id> members = cluster().memberIds();
        Text member = Text.of("mã một đơn vị thành viên của cụm", "the id of a member of the cluster");
        if (term().isPresent() && !term().get().contains(period())) {
            throw ValidationException.invalid(
                    "Covenant",
                    "term",
                    term().get(),
                    Text.of("không chứa thời gian " + period().label().vi(), "does not contain the period " + period()),
                    Text.of("nhiệm kỳ chứa " + period().label().vi(), "a term containing " + period()));
        }
        if (signedOn().isAfter(period().end())) {
            throw ValidationException.invalid(
                    "Covenant",
                    "signedOn",
                    signedOn(),
                    Text.of("sau khi kết thúc " + period().label().vi(), "after the end of the period"),
                    Text.of("ngày không muộn hơn " + period().end(), "a date no later than " + period().end()));
        }
        for (int i = 0; i < signatories().size(); i++) {
            Checks.memberOf("Covenant", "signatories[" + i + "]", signatories().get(i), members, member);
        }
        Checks.unique("Covenant", "signatories", signatories(), s -> s, "");
        Checks.unique("Covenant", "indicators", indicators(), Indicator::id, "id");
        List<Id> declared = indicators().stream().map(Indicator::id).toList();
        String declaredList =
                declared.isEmpty() ? "—" : declared.stream().map(Id::value).collect(Collectors.joining(", "));
        Text anIndicator = Text.of(
                "một chỉ tiêu khai báo trong indicators: " + declaredList,
                "an indicator declared in indicators: " + declaredList);
        Map<List<Id>, Integer> seen = new HashMap<>();
        for (int i = 0; i < targets().size(); i++) {
            PledgedTarget t = targets().get(i);
            Checks.memberOf("Covenant", "targets[" + i + "].unit", t.unit(), members, member);
            Checks.memberOf("Covenant", "targets[" + i + "].indicator", t.indicator(), declared, anIndicator);
            Integer before = seen.putIfAbsent(List.of(t.unit(), t.indicator()), i);
            if (before != null) {
                throw ValidationException.invalid(
                        "Covenant",
                        "targets[" + i + "]",
                        t.unit() + "/" + t.indicator(),
                        Text.of(
                                "trùng đơn vị và chỉ tiêu với targets[" + before + "]",
                                "repeats the unit and indicator of targets[" + before + "]"),
                        Text.of(
                                "mỗi đơn vị một chỉ tiêu đăng ký cho mỗi chỉ tiêu",
                                "at most one target per unit and indicator"));
            }
        }
        Map<String, String> paths = new LinkedHashMap<>();
        CriterionTree.paths("scoringTable.roots", scoringTable().roots(), paths);
        for (Criterion c : scoringTable().criteria()) {
            Id used = c.kind() instanceof Quantitative q
                    ? q.indicator()
                    : c.kind() instanceof LeaderRelative l ? l.indicator() : null;
            if (used != null) {
                // The criterion's place in the tree: its code may hold dots ("I.2"), which a path
                // cannot index by.
                Checks.memberOf("Covenant", paths.get(c.code()) + ".kind.indicator", used, declared, anIndicator);
            }
        }
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < contents().size(); i++) {
            contents.add(
                    Checks.text("Covenant", "contents[" + i + "]", contents().get(i), MAX_CONTENT_LENGTH));
        }
        return contents.equals(contents()) ? this : ((ImmutableCovenant) this).withContents(contents);
    }

    /**
     * Builds a {@link Covenant}; id, cluster, period, signing date and scoring table are required.
     */
    public static final class Builder extends ImmutableCovenant.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
