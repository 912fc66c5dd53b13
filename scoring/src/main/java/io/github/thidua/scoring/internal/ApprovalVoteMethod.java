package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Approval with a threshold ({@code approval}): a candidate is elected when the approvals reach a
 * share of the membership, round after round, up to two rounds by default.
 *
 * <p>Parameters:
 *
 * <ul>
 *   <li>{@code threshold}, required: a share in (0, 1] as a decimal ({@code 0.8}) or a fraction
 *       ({@code 2/3}), both exact.
 *   <li>{@code base}: {@code membership} (the whole electorate, present or not; the default, as
 *       the law requires for councils) or {@code present} (the ballots counted in the round,
 *       blank ones included).
 *   <li>{@code seats}: how many may be elected, default 1; {@code 0} elects everyone who reaches
 *       the threshold.
 *   <li>{@code maxRounds}: at most this many rounds are counted, default 2.
 *   <li>{@code written}, {@code decider.vi}, {@code decider.en}: see {@link BuiltInVoteMethods}.
 * </ul>
 *
 * <p>The votes needed are {@code ceil(threshold × base)}, computed exactly (80 % of 11 members is
 * 8.8, so 9), and never fewer than 1. A round elects, best first, the candidates not yet elected
 * whose approvals reach it, as long as seats are open; when candidates tie for the last open seat
 * the round does not decide between them (those strictly ahead are still elected) and the next
 * round, if the vote has one, fills the remaining seats. With {@code seats = 0} the first round in
 * which anyone reaches the threshold decides. Undecided after the last round counted: the outcome
 * is not decided and names the decider. Stateless and thread-safe.
 *
 * <pre>{@code
 * VoteOutcome outcome = new ApprovalVoteMethod().count(vote, Parameters.of(Map.of("threshold", "0.8")));
 * }</pre>
 */
final class ApprovalVoteMethod implements VoteMethod {

    static final String NAME = "approval";

    private static final Set<String> KNOWN = Set.of(
            "threshold",
            "base",
            "seats",
            "maxRounds",
            BuiltInVoteMethods.WRITTEN,
            BuiltInVoteMethods.DECIDER_VI,
            BuiltInVoteMethods.DECIDER_EN);
    private static final Pattern FRACTION = Pattern.compile("([0-9]{1,18})\\s*/\\s*([0-9]{1,18})");
    private static final Text LABEL = Text.of("Bỏ phiếu tán thành theo tỉ lệ", "Approval with a threshold");

    /** The parameters, read and checked. */
    private record Settings(
            Share threshold, boolean membership, int seats, int maxRounds, boolean written, Text decider) {}

    /** A share {@code numerator / denominator} in (0, 1], as the user wrote it. */
    private record Share(BigInteger numerator, BigInteger denominator, boolean fraction, String written) {

        /** Returns {@code ceil(this × base)}, exactly. */
        long needed(long base) {
            BigInteger product = numerator.multiply(BigInteger.valueOf(base));
            BigInteger[] qr = product.divideAndRemainder(denominator);
            return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
        }

        boolean exact(long base) {
            return numerator.multiply(BigInteger.valueOf(base)).mod(denominator).signum() == 0;
        }

        /** Shows the share as the minutes do: "80 %" (Vietnamese "66,5 %") or "2/3". */
        Text shown() {
            if (fraction) {
                return Text.of(written, written);
            }
            String percent = new BigDecimal(written)
                    .movePointRight(2)
                    .stripTrailingZeros()
                    .toPlainString();
            return Text.of(percent.replace('.', ',') + " %", percent + "%");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return LABEL;
    }

    @Override
    public void validate(Parameters parameters) {
        settings(requireNonNull(parameters, "parameters"));
    }

    @Override
    public VoteOutcome count(Vote vote, Parameters parameters) {
        requireNonNull(vote, "vote");
        Settings s = settings(requireNonNull(parameters, "parameters"));
        int seats = s.seats() == 0 ? 0 : Math.min(s.seats(), vote.candidates().size());
        int last = Math.min(s.maxRounds(), vote.rounds());
        List<Id> elected = new ArrayList<>();
        List<Map<Id, Integer>> tallies = new ArrayList<>();
        List<Explanation> steps = new ArrayList<>();
        boolean decided = false;
        int round = 0;
        while (!decided && round < last) {
            round++;
            List<Ballot> ballots = BuiltInVoteMethods.counted(vote, round, s.written());
            Map<Id, Integer> tally = BuiltInVoteMethods.support(vote, ballots);
            tallies.add(tally);
            long base = s.membership() ? vote.electorate().size() : ballots.size();
            long needed = Math.max(1, s.threshold().needed(base));
            int before = elected.size();
            steps.add(round(vote, s, round, tally, base, needed, seats, elected, ballots.size()));
            decided = seats == 0 ? elected.size() > before : elected.size() == seats;
        }
        int ignored = vote.rounds() - round;
        if (ignored > 0) {
            steps.add(Explanation.builder()
                    .key("vote.approval.not-counted")
                    .text(Text.of(
                            "Phiếu của " + ignored + " vòng sau vòng " + round + " không được tính"
                                    + (decided ? " (đã quyết định)" : " (tối đa " + s.maxRounds() + " vòng)"),
                            "Ballots of " + ignored + " round(s) after round " + round + " are not counted"
                                    + (decided ? " (already decided)" : " (at most " + s.maxRounds() + " rounds)")))
                    .build());
        }
        VoteOutcome.Builder outcome = VoteOutcome.builder()
                .addAllElected(elected)
                .addAllTallies(tallies)
                .decided(decided);
        Text summary;
        if (decided) {
            String who = String.join(", ", elected.stream().map(Id::value).toList());
            summary = Text.of(
                    "Bỏ phiếu tán thành: trúng " + who + " sau " + round + " vòng",
                    "Approval vote: " + who + " elected after " + round + " round(s)");
        } else {
            outcome.decider(s.decider());
            steps.add(Explanation.builder()
                    .key("vote.approval.decider")
                    .text(Text.of(
                            "Chưa quyết định sau " + round + " vòng → "
                                    + s.decider().vi() + " quyết định",
                            "Undecided after " + round + " round(s) → "
                                    + s.decider().en() + " decide"))
                    .build());
            summary = Text.of(
                    "Bỏ phiếu tán thành: chưa quyết định, " + s.decider().vi() + " quyết định",
                    "Approval vote: undecided, " + s.decider().en() + " decide");
        }
        return outcome.explanation(Explanation.builder()
                        .key("vote.approval")
                        .text(summary)
                        .putInputs("threshold", s.threshold().written())
                        .putInputs("base", s.membership() ? "membership" : "present")
                        .putInputs("seats", Integer.toString(s.seats()))
                        .putInputs("maxRounds", Integer.toString(s.maxRounds()))
                        .putInputs("written", s.written() ? "count" : "ignore")
                        .addAllChildren(steps)
                        .build())
                .build();
    }

    /** Counts one round, adds whom it elects to {@code elected} and explains it. */
    private static Explanation round(
            Vote vote,
            Settings s,
            int round,
            Map<Id, Integer> tally,
            long base,
            long needed,
            int seats,
            List<Id> elected,
            int cast) {
        List<Id> order = vote.candidates().stream()
                .filter(c -> !elected.contains(c))
                .sorted(Comparator.<Id, Integer>comparing(tally::get).reversed()) // stable: ties keep the vote's order
                .toList();
        List<Id> reached = order.stream().filter(c -> tally.get(c) >= needed).toList();
        int open = seats == 0 ? reached.size() : seats - elected.size();
        List<Id> winners;
        int tiedAt = -1;
        if (reached.size() <= open) {
            winners = reached;
        } else {
            int cutoff = tally.get(reached.get(open - 1));
            if (cutoff > tally.get(reached.get(open))) {
                winners = reached.subList(0, open);
            } else {
                // A tie for the last open seat: only those strictly ahead of the tie are elected.
                tiedAt = cutoff;
                winners = reached.stream().filter(c -> tally.get(c) > cutoff).toList();
            }
        }
        Text share = s.threshold().shown();
        boolean rounded = !s.threshold().exact(base);
        String viBase = share.vi() + " của " + base + (s.membership() ? " thành viên" : " người đã bỏ phiếu")
                + (rounded ? ", làm tròn lên" : "");
        String enBase = share.en() + " of " + base + (s.membership() ? " members" : " voters who cast a ballot")
                + (rounded ? ", rounded up" : "");
        List<Explanation> lines = new ArrayList<>();
        for (Id c : order) {
            int n = tally.get(c);
            boolean reaches = n >= needed;
            String vi;
            String en;
            if (winners.contains(c)) {
                vi = "trúng";
                en = "elected";
            } else if (!reaches) {
                vi = "không trúng";
                en = "not elected";
            } else if (n == tiedAt) {
                vi = "bằng phiếu tranh ghế cuối, vòng này chưa quyết định";
                en = "tied for the last seat; this round does not decide it";
            } else {
                vi = "đủ phiếu nhưng hết ghế";
                en = "reached the threshold but no seat is left";
            }
            lines.add(Explanation.builder()
                    .key("vote.approval.candidate")
                    .text(Text.of(
                            "Vòng " + round + ": " + c + " " + n + "/" + base + " phiếu tán thành "
                                    + (reaches ? "≥ " : "< ") + needed + " cần thiết (" + viBase + ") → " + vi,
                            "Round " + round + ": " + c + " " + n + "/" + base + " approvals " + (reaches ? "≥ " : "< ")
                                    + needed + " needed (" + enBase + ") → " + en))
                    .putInputs("candidate", c.value())
                    .putInputs("approvals", Integer.toString(n))
                    .putInputs("needed", Long.toString(needed))
                    .build());
        }
        elected.addAll(winners);
        int writtenIgnored = vote.ballots(round).size() - cast;
        return Explanation.builder()
                .key("vote.approval.round")
                .text(Text.of(
                        "Vòng " + round + ": " + cast + " phiếu được tính"
                                + (writtenIgnored > 0 ? ", bỏ qua " + writtenIgnored + " phiếu bằng văn bản" : "")
                                + "; cần " + needed + " phiếu tán thành (" + viBase + ")",
                        "Round " + round + ": " + cast + " ballot(s) counted"
                                + (writtenIgnored > 0 ? ", " + writtenIgnored + " written ballot(s) ignored" : "")
                                + "; " + needed + " approvals needed (" + enBase + ")"))
                .putInputs("round", Integer.toString(round))
                .putInputs("needed", Long.toString(needed))
                .putInputs("base", Long.toString(base))
                .addAllChildren(lines)
                .build();
    }

    private static Settings settings(Parameters p) {
        BuiltInVoteMethods.rejectUnknown(NAME, p, KNOWN);
        Share threshold = threshold(p);
        String base = p.find("base").orElse("membership").strip();
        if (!base.equals("membership") && !base.equals("present")) {
            throw ValidationException.invalid(
                    NAME,
                    "base",
                    base,
                    Text.of("không rõ tỉ lệ tính trên cơ sở nào", "unknown base for the threshold"),
                    Text.of(
                            "membership (toàn thể thành viên) hoặc present (những người đã bỏ phiếu)",
                            "membership (the whole electorate) or present (the voters who cast a ballot)"));
        }
        int seats = whole(p, "seats", 1, 0);
        int maxRounds = whole(p, "maxRounds", 2, 1);
        return new Settings(
                threshold,
                base.equals("membership"),
                seats,
                maxRounds,
                BuiltInVoteMethods.countsWritten(NAME, p),
                BuiltInVoteMethods.decider(NAME, p));
    }

    private static Share threshold(Parameters p) {
        String text = p.find("threshold")
                .orElseThrow(() -> ValidationException.missing(NAME, "threshold"))
                .strip();
        BigInteger numerator;
        BigInteger denominator;
        boolean fraction;
        Matcher m = FRACTION.matcher(text);
        if (m.matches()) {
            numerator = new BigInteger(m.group(1));
            denominator = new BigInteger(m.group(2));
            fraction = true;
        } else {
            BigDecimal d;
            try {
                if (text.length() > 40 || !text.matches("[0-9.]+")) {
                    throw new NumberFormatException();
                }
                d = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw badThreshold(text);
            }
            d = d.stripTrailingZeros();
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            numerator = d.unscaledValue();
            denominator = BigInteger.TEN.pow(d.scale());
            fraction = false;
        }
        if (denominator.signum() == 0 || numerator.signum() == 0 || numerator.compareTo(denominator) > 0) {
            throw badThreshold(text);
        }
        return new Share(numerator, denominator, fraction, fraction ? numerator + "/" + denominator : text);
    }

    private static ValidationException badThreshold(String text) {
        return ValidationException.invalid(
                NAME,
                "threshold",
                text,
                Text.of("không phải tỉ lệ trong (0, 1]", "not a share in (0, 1]"),
                Text.of(
                        "số thập phân như 0.8 hoặc phân số như 2/3, lớn hơn 0 và không quá 1",
                        "a decimal such as 0.8 or a fraction such as 2/3, above 0 and at most 1"));
    }

    private static int whole(Parameters p, String key, int fallback, int min) {
        String text = p.find(key).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the allowed range.
        }
        throw ValidationException.invalid(
                NAME,
                key,
                text,
                Text.of("không phải số nguyên hợp lệ", "not a valid whole number"),
                Text.of("số nguyên từ " + min + " trở lên", "a whole number of at least " + min));
    }
}
