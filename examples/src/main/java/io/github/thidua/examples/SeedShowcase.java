package io.github.thidua.examples;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Id;
import io.github.thidua.core.Movement;
import io.github.thidua.core.Name;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Review;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.Text;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints the five seed clusters as a readable summary, in Vietnamese by default or in English
 * with {@code --lang=en}.
 *
 * <pre>{@code
 * java --module-path ... -m io.github.thidua.examples/io.github.thidua.examples.SeedShowcase --lang=en
 * }</pre>
 */
public final class SeedShowcase {

    private SeedShowcase() {}

    /**
     * Runs the showcase.
     *
     * @param args {@code --lang=vi} (default) or {@code --lang=en}
     */
    public static void main(String[] args) {
        Locale locale = Text.VIETNAMESE;
        for (String arg : args) {
            if (arg.equals("--lang=en")) {
                locale = Locale.ENGLISH;
            } else if (!arg.equals("--lang=vi")) {
                System.err.println("usage: SeedShowcase [--lang=vi|--lang=en]");
                return;
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(SeedScenarios.all(), locale));
    }

    /**
     * Renders seeds as text.
     *
     * @param seeds the seeds, not null
     * @param locale Vietnamese for {@code vi}, otherwise English
     * @return the summary, one block per seed
     */
    public static String render(List<Seed> seeds, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (Seed seed : seeds) {
            render(seed, locale, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void render(Seed seed, Locale locale, StringBuilder out) {
        Cluster cluster = seed.cluster();
        boolean vi = Text.isVietnamese(locale);
        out.append("== [")
                .append(seed.source())
                .append("] ")
                .append(seed.title().in(locale))
                .append('\n');
        out.append(cluster.name())
                .append(" (")
                .append(cluster.kind().label(locale))
                .append(")\n");
        out.append(vi ? "Cơ quan tổ chức: " : "Organiser: ")
                .append(cluster.organiser().name())
                .append(" — ")
                .append(cluster.organiser().level().label(locale))
                .append(", ")
                .append(cluster.organiser().kind().label(locale))
                .append('\n');
        String members = cluster.membersInVietnameseOrder().stream()
                .map(Collective::displayName)
                .map(Name::text)
                .collect(Collectors.joining(", "));
        out.append(vi ? "Thành viên (" : "Members (")
                .append(cluster.members().size())
                .append("): ")
                .append(members)
                .append('\n');
        for (RoleAssignment role : cluster.roles()) {
            out.append(vi ? "Vai trò " : "Role ")
                    .append(role.year())
                    .append(": ")
                    .append(role.role().label(locale))
                    .append(" — ")
                    .append(nameOf(cluster, role.holder()))
                    .append(" (")
                    .append(role.method().label(locale))
                    .append(role.decidedOn()
                            .map(d -> (vi ? ", ngày " : ", on ") + d)
                            .orElse(""))
                    .append(")\n");
        }
        for (Review review : seed.reviews()) {
            out.append(vi ? "Hội nghị: " : "Review: ")
                    .append(review.kind().label(locale))
                    .append(", ")
                    .append(review.period().label(locale))
                    .append(", ")
                    .append(review.startsOn())
                    .append(review.endsOn().map(d -> " – " + d).orElse(""));
            review.host()
                    .ifPresent(h -> out.append(vi ? ", đăng cai: " : ", host: ").append(nameOf(cluster, h)));
            review.chair()
                    .ifPresent(c -> out.append(vi ? ", chủ trì: " : ", chaired by ")
                            .append(c)
                            .append(review.chairUnit()
                                    .map(u -> " (" + nameOf(cluster, u) + ")")
                                    .orElse("")));
            out.append('\n');
        }
        seed.movement().ifPresent(m -> renderMovement(m, seed, locale, out));
        seed.covenant().ifPresent(c -> renderCovenant(c, locale, out));
        for (AwardRecord award : seed.awards()) {
            out.append(vi ? "Khen thưởng " : "Award ")
                    .append(award.year())
                    .append(": ")
                    .append(awardName(seed, award.awardKind(), locale))
                    .append(" — ")
                    .append(recipientName(seed, award.recipient()))
                    .append('\n');
        }
        for (Text note : seed.notes()) {
            out.append(vi ? "Ghi chú: " : "Note: ").append(note.in(locale)).append('\n');
        }
    }

    private static void renderMovement(Movement movement, Seed seed, Locale locale, StringBuilder out) {
        boolean vi = Text.isVietnamese(locale);
        out.append(vi ? "Phong trào: “" : "Movement: “")
                .append(movement.name())
                .append("” (")
                .append(movement.kind().label(locale))
                .append(movement.period().map(p -> ", " + p.label(locale)).orElse(""))
                .append(")\n");
        Optional<Review> review = seed.reviews().stream().findFirst();
        movement.themes().forEach((year, theme) -> {
            boolean relevant = review.map(r -> r.period().firstYear().equals(year)
                                    || r.period().lastYear().plusYears(1).equals(year))
                            .orElse(false)
                    || seed.covenant()
                            .map(c -> c.period().firstYear().equals(year))
                            .orElse(false);
            if (relevant) {
                out.append(vi ? "Chủ đề năm " : "Theme for ")
                        .append(year)
                        .append(": “")
                        .append(theme)
                        .append("”\n");
            }
        });
    }

    private static void renderCovenant(Covenant covenant, Locale locale, StringBuilder out) {
        boolean vi = Text.isVietnamese(locale);
        Cluster cluster = covenant.cluster();
        out.append(vi ? "Giao ước thi đua " : "Covenant for ")
                .append(covenant.period().label(locale))
                .append(vi ? ", ký ngày " : ", signed on ")
                .append(covenant.signedOn())
                .append(vi ? " bởi " : " by ")
                .append(covenant.signatories().size())
                .append(vi ? " đơn vị; bảng điểm “" : " units; scoring table “")
                .append(covenant.scoringTable().name())
                .append("”, ")
                .append(covenant.scoringTable().maxPoints())
                .append(vi ? " điểm\n" : " points\n");
        for (PledgedTarget target : covenant.targets()) {
            var indicator = covenant.indicator(target.indicator()).orElseThrow();
            out.append(vi ? "  Chỉ tiêu " : "  Target ")
                    .append(nameOf(cluster, target.unit()))
                    .append(": ")
                    .append(indicator.name())
                    .append(" ")
                    .append(target.value().toPlainString())
                    .append(" ")
                    .append(indicator.unitOfMeasure())
                    .append('\n');
        }
    }

    private static String awardName(Seed seed, Id kind, Locale locale) {
        return seed.awardKinds().stream()
                .filter(k -> k.id().equals(kind))
                .findFirst()
                .or(() -> AwardKinds.byId(kind))
                .map(AwardKind::name)
                .map(t -> t.in(locale))
                .orElse(kind.value());
    }

    private static String recipientName(Seed seed, Id recipient) {
        return seed.cluster()
                .member(recipient)
                .map(c -> c.displayName().text())
                .or(() -> seed.otherRecipients().stream()
                        .filter(r -> r.id().equals(recipient))
                        .map(r -> r.name().text())
                        .findFirst())
                .orElse(recipient.value());
    }

    private static String nameOf(Cluster cluster, Id member) {
        return cluster.member(member).map(c -> c.displayName().text()).orElse(member.value());
    }
}
