package io.github.thidua.examples;

import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Points;
import io.github.thidua.core.Role;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.SelectionMethod;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's quick start, kept here so that it compiles and its test checks what it prints.
 *
 * <pre>{@code
 * QuickStart.run().forEach(System.out::println);
 * }</pre>
 */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Runs the quick start.
     *
     * @return the lines it would print
     */
    public static List<String> run() {
        List<String> out = new ArrayList<>();
        // README: quick start begins
        Organiser veterans = Organiser.builder()
                .id(Id.of("tw-hoi-ccb"))
                .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .level(OrganiserLevel.CENTRAL)
                .kind(OrganiserKind.MASS_ORGANISATION)
                .build();
        Cluster cluster = Cluster.builder()
                .id(Id.of("ccb-cum-2"))
                .kind(ClusterKind.CLUSTER)
                .number(2)
                .name(Name.of("Cụm Công tác thi đua số 2"))
                .organiser(veterans)
                .addMembers(
                        Collective.of(Id.of("ha-giang"), Name.of("Hội CCB tỉnh Hà Giang")),
                        Collective.of(Id.of("yen-bai"), Name.of("Hội CCB tỉnh Yên Bái")),
                        Collective.of(Id.of("phu-tho"), Name.of("Hội CCB tỉnh Phú Thọ")))
                .addRoles(RoleAssignment.builder()
                        .year(Year.of(2024))
                        .role(Role.HEAD)
                        .holder(Id.of("yen-bai"))
                        .method(SelectionMethod.ACCLAIMED)
                        .build())
                .build();
        out.add("head 2024: " + cluster.head(Year.of(2024)).orElseThrow()); // yen-bai

        // Exact points, rounded to a quarter point as many tables do.
        Points total = Points.parse("72.5").plus(Points.parse("1.13"));
        Rounding quarter = Rounding.toStep(new BigDecimal("0.25"), RoundingMode.HALF_UP);
        out.add("total: " + total.rounded(quarter)); // 73.75

        // A reward of 0.3 × the base salary, rounded up to the next 10,000 đồng.
        Vnd reward = Vnd.of(2_340_000).multipliedBy(new BigDecimal("0.3"), 10_000, RoundingMode.UP);
        out.add("reward: " + reward.format(Text.VIETNAMESE)); // 710.000 đồng

        // Bad input is refused with the field, the value and what is allowed, in both languages.
        try {
            Cluster.builder()
                    .id(Id.of("ccb-cum-2"))
                    .kind(ClusterKind.CLUSTER)
                    .name(Name.of("Cụm Công tác thi đua số 2"))
                    .organiser(veterans)
                    .addMembers(
                            Collective.of(Id.of("phu-tho"), Name.of("Hội CCB tỉnh Phú Thọ")),
                            Collective.of(Id.of("phu-tho"), Name.of("Hội CCB tỉnh Phú Thọ")))
                    .build();
        } catch (ValidationException e) {
            out.add(e.getMessage());
            out.add(e.getMessage(Text.VIETNAMESE));
        }
        // README: quick start ends
        return out;
    }
}
