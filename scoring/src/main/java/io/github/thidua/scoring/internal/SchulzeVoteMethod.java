package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Schulze method ({@code schulze}) for ranking ballots, counted on the last round held.
 *
 * <p>{@code d[a][b]} is the number of ballots that rank {@code a} above {@code b}; a candidate
 * missing from a ranking is ranked below every candidate on it (an approval ballot ranks its
 * approvals, tied, above the rest). A link {@code a → b} has strength {@code d[a][b]} when {@code
 * d[a][b] > d[b][a]}, else none; {@code p[a][b]} is the strength of the strongest path (the
 * widest path, by Floyd–Warshall), and {@code a} beats {@code b} when {@code p[a][b] > p[b][a]}.
 * The elected list is the Schulze order as far as it is total: each next candidate is the only
 * one, among those left, that nobody left beats. When no single candidate is unbeaten, or no
 * ballot supports anyone, the vote is undecided and names the decider. Integer arithmetic only.
 * The tallies hold the first choices of every round held. Parameters: {@code written}, {@code
 * decider.vi}, {@code decider.en} (see {@link BuiltInVoteMethods}). Stateless and thread-safe.
 *
 * <pre>{@code
 * VoteOutcome outcome = new SchulzeVoteMethod().count(vote, Parameters.none());
 * }</pre>
 */
final class SchulzeVoteMethod implements VoteMethod {

    static final String NAME = "schulze";

    private static final Set<String> KNOWN =
            Set.of(BuiltInVoteMethods.WRITTEN, BuiltInVoteMethods.DECIDER_VI, BuiltInVoteMethods.DECIDER_EN);
    private static final Text LABEL = Text.of("Phương pháp Schulze", "The Schulze method");

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
        requireNonNull(parameters, "parameters");
        BuiltInVoteMethods.rejectUnknown(NAME, parameters, KNOWN);
        BuiltInVoteMethods.countsWritten(NAME, parameters);
        BuiltInVoteMethods.decider(NAME, parameters);
    }

    @Override
    public VoteOutcome count(Vote vote, Parameters parameters) {
        requireNonNull(vote, "vote");
        validate(parameters);
        boolean written = BuiltInVoteMethods.countsWritten(NAME, parameters);
        Text decider = BuiltInVoteMethods.decider(NAME, parameters);
        List<Id> candidates = vote.candidates();
        int n = candidates.size();
        List<Map<Id, Integer>> tallies = new ArrayList<>();
        for (int round = 1; round <= vote.rounds(); round++) {
            tallies.add(BuiltInVoteMethods.support(vote, BuiltInVoteMethods.counted(vote, round, written)));
        }
        int last = vote.rounds();
        List<Ballot> ballots = last == 0 ? List.of() : BuiltInVoteMethods.counted(vote, last, written);
        int[][] d = new int[n][n];
        int supporting = 0;
        for (Ballot b : ballots) {
            if (b.isBlank()) {
                continue;
            }
            supporting++;
            int[] position = positions(candidates, b);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (position[i] < position[j]) {
                        d[i][j]++;
                    }
                }
            }
        }
        int[][] p = strongestPaths(d);
        List<Id> order = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            left.add(i);
        }
        List<Integer> unbeaten = unbeaten(p, left);
        while (supporting > 0 && unbeaten.size() == 1) {
            int next = unbeaten.get(0);
            order.add(candidates.get(next));
            left.remove(Integer.valueOf(next));
            unbeaten = left.isEmpty() ? List.of() : unbeaten(p, left);
        }
        boolean decided = !order.isEmpty();
        List<Explanation> steps = new ArrayList<>();
        steps.add(matrix(
                "vote.schulze.pairwise",
                Text.of(
                        "Vòng " + last + ": " + supporting + " phiếu xếp thứ tự; d[X, Y] = số phiếu xếp X trên Y",
                        "Round " + last + ": " + supporting
                                + " ranking ballot(s); d[X, Y] = ballots ranking X above Y"),
                "d",
                candidates,
                d));
        steps.add(matrix(
                "vote.schulze.paths",
                Text.of("Đường mạnh nhất p[X, Y]", "Strongest paths p[X, Y]"),
                "p",
                candidates,
                p));
        steps.add(decisive(candidates, p, decided ? candidates.indexOf(order.get(0)) : -1, unbeatenAtTop(p, n)));
        VoteOutcome.Builder outcome = VoteOutcome.builder()
                .addAllElected(order)
                .addAllTallies(tallies)
                .decided(decided);
        Text summary;
        if (decided) {
            String shown = String.join(" > ", order.stream().map(Id::value).toList());
            summary = Text.of(
                    "Schulze, vòng " + last + ": thứ tự " + shown + "; " + order.get(0) + " trúng",
                    "Schulze, round " + last + ": order " + shown + "; " + order.get(0) + " elected");
        } else {
            outcome.decider(decider);
            summary = Text.of(
                    "Schulze, vòng " + last + ": không có người thắng duy nhất → " + decider.vi() + " quyết định",
                    "Schulze, round " + last + ": no single winner → " + decider.en() + " decide");
        }
        return outcome.explanation(Explanation.builder()
                        .key("vote.schulze")
                        .text(summary)
                        .putInputs("written", written ? "count" : "ignore")
                        .addAllChildren(steps)
                        .build())
                .build();
    }

    /** Returns each candidate's place on a ballot; those it leaves out share the place after it. */
    private static int[] positions(List<Id> candidates, Ballot b) {
        int n = candidates.size();
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            Id c = candidates.get(i);
            int at = b.isRanking() ? b.ranking().indexOf(c) : (b.approvals().contains(c) ? 0 : -1);
            position[i] = at < 0 ? n : at;
        }
        return position;
    }

    /** Widest paths by Floyd–Warshall over the links that win their pairwise contest. */
    private static int[][] strongestPaths(int[][] d) {
        int n = d.length;
        int[][] p = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = i != j && d[i][j] > d[j][i] ? d[i][j] : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (i != k && j != k) {
                        p[j][k] = Math.max(p[j][k], Math.min(p[j][i], p[i][k]));
                    }
                }
            }
        }
        return p;
    }

    /** Returns those among {@code left} that nobody in {@code left} beats. */
    private static List<Integer> unbeaten(int[][] p, List<Integer> left) {
        List<Integer> out = new ArrayList<>();
        for (int a : left) {
            boolean beaten = false;
            for (int b : left) {
                if (b != a && p[b][a] > p[a][b]) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<Integer> unbeatenAtTop(int[][] p, int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return unbeaten(p, all);
    }

    /** One line per candidate: {@code d[a, ·]: b 20, c 26}. */
    private static Explanation matrix(String key, Text title, String symbol, List<Id> candidates, int[][] m) {
        Explanation.Builder node = Explanation.builder().key(key).text(title);
        for (int i = 0; i < candidates.size(); i++) {
            StringBuilder row = new StringBuilder(symbol + "[" + candidates.get(i) + ", ·]:");
            String sep = " ";
            for (int j = 0; j < candidates.size(); j++) {
                if (i != j) {
                    row.append(sep).append(candidates.get(j)).append(' ').append(m[i][j]);
                    sep = ", ";
                }
            }
            node.addChildren(Explanation.of(key + ".row", Text.of(row.toString(), row.toString())));
        }
        return node.build();
    }

    /**
     * The paths that decided: the winner's against every other candidate, or, without a single
     * winner, those between the candidates nobody beats.
     */
    private static Explanation decisive(List<Id> candidates, int[][] p, int winner, List<Integer> top) {
        Explanation.Builder node = Explanation.builder().key("vote.schulze.decisive");
        if (winner >= 0) {
            Id w = candidates.get(winner);
            node.text(Text.of(
                    w + " không bị ai thắng: p[" + w + ", Y] > p[Y, " + w + "] với mọi Y",
                    w + " is beaten by nobody: p[" + w + ", Y] > p[Y, " + w + "] for every Y"));
            for (int j = 0; j < candidates.size(); j++) {
                if (j != winner) {
                    node.addChildren(comparison(candidates, p, winner, j));
                }
            }
        } else {
            String tied = String.join(
                    ", ", top.stream().map(i -> candidates.get(i).value()).toList());
            node.text(
                    top.isEmpty() || top.size() == candidates.size() && allZero(p)
                            ? Text.of("Không có phiếu nào phân định các ứng viên", "No ballot separates the candidates")
                            : Text.of(
                                    "Không ai thắng được " + tied + " và họ không thắng được nhau",
                                    "Nobody beats " + tied + " and they do not beat one another"));
            for (int a = 0; a < top.size(); a++) {
                for (int b = a + 1; b < top.size(); b++) {
                    node.addChildren(comparison(candidates, p, top.get(a), top.get(b)));
                }
            }
        }
        return node.build();
    }

    private static boolean allZero(int[][] p) {
        for (int[] row : p) {
            for (int v : row) {
                if (v != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Explanation comparison(List<Id> candidates, int[][] p, int a, int b) {
        Id x = candidates.get(a);
        Id y = candidates.get(b);
        String relation = p[a][b] > p[b][a] ? " > " : p[a][b] < p[b][a] ? " < " : " = ";
        String line = "p[" + x + ", " + y + "] = " + p[a][b] + relation + "p[" + y + ", " + x + "] = " + p[b][a];
        return Explanation.builder()
                .key("vote.schulze.path")
                .text(Text.of(line, line))
                .putInputs("from", x.value())
                .putInputs("to", y.value())
                .build();
    }
}
