package io.github.thidua.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared values for the core tests: Cluster No. 2 of the Veterans Association (seed 002). */
final class H3Fixtures {

    static final Organiser VETERANS = Organiser.builder()
            .id(Id.of("tw-hoi-ccb"))
            .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
            .level(OrganiserLevel.CENTRAL)
            .kind(OrganiserKind.MASS_ORGANISATION)
            .shortName(Name.of("TW Hội CCB"))
            .build();

    static final Collective HA_GIANG = unit("ha-giang", "Hà Giang");
    static final Collective TUYEN_QUANG = unit("tuyen-quang", "Tuyên Quang");
    static final Collective VINH_PHUC = unit("vinh-phuc", "Vĩnh Phúc");
    static final Collective YEN_BAI = unit("yen-bai", "Yên Bái");
    static final Collective PHU_THO = unit("phu-tho", "Phú Thọ");

    private H3Fixtures() {}

    static Collective unit(String id, String shortName) {
        return Collective.builder()
                .id(Id.of(id))
                .name(Name.of("Hội Cựu chiến binh tỉnh " + shortName))
                .shortName(Name.of(shortName))
                .build();
    }

    static Id id(String id) {
        return Id.of(id);
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    static RoleAssignment role(int year, Role role, String holder) {
        return RoleAssignment.builder()
                .year(Year.of(year))
                .role(role)
                .holder(Id.of(holder))
                .method(SelectionMethod.ACCLAIMED)
                .build();
    }

    static RoleAssignment head(int year, String holder, LocalDate decidedOn) {
        return RoleAssignment.builder()
                .year(Year.of(year))
                .role(Role.HEAD)
                .holder(Id.of(holder))
                .method(SelectionMethod.ACCLAIMED)
                .decidedOn(decidedOn)
                .build();
    }

    /** A builder of Cluster No. 2 with its five members and nothing else. */
    static Cluster.Builder clusterNo2() {
        Cluster.Builder builder = Cluster.builder();
        builder.id(Id.of("ccb-cum-2"))
                .kind(ClusterKind.CLUSTER)
                .number(2)
                .name(Name.of("Cụm thi đua số 2"))
                .organiser(VETERANS)
                .addMembers(HA_GIANG, TUYEN_QUANG, VINH_PHUC, YEN_BAI, PHU_THO);
        return builder;
    }

    /** Runs {@code call} and returns the {@link ValidationException} it must throw. */
    static ValidationException rejection(ThrowingCallable call) {
        try {
            call.call();
        } catch (ValidationException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected a ValidationException but got " + t, t);
        }
        throw new AssertionError("expected a ValidationException but nothing was thrown");
    }
}
