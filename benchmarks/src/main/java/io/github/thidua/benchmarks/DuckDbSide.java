package io.github.thidua.benchmarks;

import io.github.thidua.benchmarks.Workloads.Spec;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The SQL baseline: DuckDB in process, the workload loaded before timing into a table of
 * assessments (one row per unit and criterion) beside small tables describing the criteria and
 * the parts of the total; the timed part is two {@code CREATE TABLE AS} statements in plain SQL
 * ({@code CASE} for the rules, window functions for the leader and the ranks).
 *
 * <p>Amounts are stored as exact hundredths ({@code BIGINT} "cents"). DuckDB's decimal division
 * yields a {@code DOUBLE}, so the one division of a rule is written in integers with the engine's
 * rounding spelled out: half up to 10 places, then half up to 2 ({@code cents_of}). The leader is
 * found through {@code max() over (partition by cluster, criterion)} of an order key, ⌊n × 10^18
 * ÷ d⌋ for a ratio n ÷ d: exact for this workload, whose amounts stay below 10^7 hundredths, as
 * two different ratios then differ by more than 10^-18.
 */
final class DuckDbSide implements AutoCloseable {

    /** The order key of an unbounded ratio (lower is better and nothing left): above every other. */
    private static final String UNBOUNDED = "1000000000000000000000000000000::HUGEINT";

    private static final String[] SETUP = {
        "CREATE TABLE criterion (criterion SMALLINT, code VARCHAR, part VARCHAR, rule VARCHAR,"
                + " max_cents BIGINT, parameter_cents BIGINT, fraction DECIMAL(9, 4), lower BOOLEAN,"
                + " none_lead BOOLEAN)",
        "CREATE TABLE part (part VARCHAR, cap_cents BIGINT, sign BIGINT)",
        "CREATE TABLE assessment (cluster_id INTEGER, unit_id INTEGER, criterion SMALLINT, achieved BOOLEAN,"
                + " actual_cents BIGINT, target_cents BIGINT, cnt INTEGER, occurrences INTEGER)",
        // HALF_UP of num ÷ den for num ≥ 0, den > 0, in integers.
        "CREATE MACRO half_up(num, den) AS (2 * num + den) // (2 * den)",
        // num ÷ den points as hundredths: half up to the division scale (10), then to 2 places.
        "CREATE MACRO cents_of(num, den) AS"
                + " CAST(half_up(half_up(CAST(num AS HUGEINT) * 10000000000, den), 100000000) AS BIGINT)"
    };

    /** Criterion points of every unit and criterion. */
    static final String POINTS_SQL = """
            CREATE OR REPLACE TABLE criterion_points AS
            WITH facts AS (
                SELECT a.cluster_id, a.unit_id, a.criterion, c.rule, c.max_cents AS m,
                       c.parameter_cents AS p, c.fraction, c.none_lead, a.achieved, a.cnt, a.occurrences,
                       -- the ratio n ÷ d: actual ÷ target, or target ÷ actual when lower is better
                       CASE WHEN c.lower THEN a.target_cents ELSE a.actual_cents END AS n,
                       CASE WHEN c.lower THEN a.actual_cents ELSE a.target_cents END AS d,
                       coalesce(c.lower AND a.actual_cents <= 0, false) AS unbounded
                FROM assessment a JOIN criterion c USING (criterion)
            ),
            over_achievers AS (
                SELECT *, CASE WHEN unbounded THEN %1$s
                               WHEN n > d THEN CAST(n AS HUGEINT) * 1000000000000000000 // d END AS over_key
                FROM facts WHERE rule = 'leader-relative'
            ),
            tops AS (
                SELECT *, max(over_key) OVER w AS top_key,
                       arg_max({'n': n, 'd': d}, over_key) OVER w AS top
                FROM over_achievers
                WINDOW w AS (PARTITION BY cluster_id, criterion)
            ),
            leaders AS (
                SELECT *, count(*) FILTER (WHERE over_key = top_key) OVER (PARTITION BY cluster_id, criterion)
                          AS leaders
                FROM tops
            )
            SELECT cluster_id, unit_id, criterion,
                   CASE rule
                       WHEN 'qualitative' THEN CASE WHEN achieved THEN m ELSE CAST(round(m * fraction) AS BIGINT) END
                       WHEN 'quantitative' THEN
                           CASE WHEN unbounded OR 100 * n >= d * p THEN m
                                WHEN n <= 0 THEN 0
                                ELSE cents_of(m * n, d * p) END
                       WHEN 'count' THEN least(cnt * p, m)
                       WHEN 'bonus' THEN least(occurrences * p, m)
                       WHEN 'deduction' THEN -least(occurrences * p, m)
                       -- IF(achieved = 1, MIN(max, (count * 2 + occurrences) * max / 12),
                       --    MIN(max / 2, count * max / 12)); max is m / 100
                       WHEN 'formula-share' THEN
                           CASE WHEN achieved THEN least(m, cents_of((2 * cnt + occurrences) * m, 1200))
                                ELSE least(cents_of(m, 200), cents_of(cnt * m, 1200)) END
                       -- IF(achieved = 1, MIN(max, count * 0.75 + occurrences * 0.25), 0)
                       WHEN 'formula-plain' THEN
                           CASE WHEN achieved THEN least(m, 75 * cnt + 25 * occurrences) ELSE 0 END
                   END AS points
            FROM facts WHERE rule <> 'leader-relative'
            UNION ALL
            SELECT cluster_id, unit_id, criterion,
                   CASE WHEN NOT unbounded AND n < d THEN CASE WHEN n <= 0 THEN 0 ELSE cents_of(m * n, 200 * d) END
                        WHEN NOT unbounded AND n = d THEN cents_of(m, 200)
                        WHEN none_lead AND leaders > 1 THEN cents_of(m, 200)
                        WHEN over_key = top_key THEN m
                        WHEN top_key = %1$s THEN cents_of(m, 200)
                        ELSE least(m, cents_of(m * (d * (top.n - top.d) + (n - d) * top.d),
                                               200 * d * (top.n - top.d)))
                   END AS points
            FROM leaders
            """.formatted(UNBOUNDED);

    /** Totals (groups capped at their maximum, bonuses and deductions at their caps) and ranks. */
    static final String TOTALS_SQL = """
            CREATE OR REPLACE TABLE unit_totals AS
            WITH parts AS (
                SELECT p.cluster_id, p.unit_id, t.sign * least(t.sign * sum(p.points), t.cap_cents) AS amount
                FROM criterion_points p JOIN criterion c USING (criterion) JOIN part t USING (part)
                GROUP BY p.cluster_id, p.unit_id, c.part, t.sign, t.cap_cents
            )
            SELECT cluster_id, unit_id, CAST(sum(amount) AS BIGINT) AS total,
                   rank() OVER (PARTITION BY cluster_id ORDER BY sum(amount) DESC) AS rank
            FROM parts
            GROUP BY cluster_id, unit_id
            """;

    private final DuckDBConnection connection;

    /**
     * Opens an in-memory database and loads the workload: the untimed part.
     *
     * @param in the workload's inputs
     * @throws SQLException if DuckDB fails
     */
    DuckDbSide(Columns in) throws SQLException {
        connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            for (String sql : SETUP) {
                s.execute(sql);
            }
        }
        load(in);
    }

    private void load(Columns in) throws SQLException {
        try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "criterion")) {
            for (int k = 0; k < Workloads.CRITERIA; k++) {
                Spec s = Workloads.SPECS.get(k);
                a.beginRow();
                a.append((short) k);
                a.append(s.code());
                a.append(part(s));
                a.append(ruleName(s));
                a.append(s.maxCents());
                a.append(s.parameter() == null || s.rule() == Workloads.Rule.QUALITATIVE ? 0 : s.parameterCents());
                a.append((s.rule() == Workloads.Rule.QUALITATIVE ? s.parameter() : java.math.BigDecimal.ZERO)
                        .setScale(4));
                a.append(s.lower());
                a.append(s.noneLead());
                a.endRow();
            }
        }
        try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "part")) {
            long[] groupMax = new long[Workloads.GROUP_CODES.size()];
            for (Spec s : Workloads.SPECS) {
                if (s.group() >= 0) {
                    groupMax[s.group()] += s.maxCents();
                }
            }
            for (int g = 0; g < groupMax.length; g++) {
                appendPart(a, Workloads.GROUP_CODES.get(g), groupMax[g], 1);
            }
            appendPart(a, "bonus", Workloads.cents(Workloads.BONUS_CAP), 1);
            appendPart(a, "deduction", Workloads.cents(Workloads.DEDUCTION_CAP), -1);
        }
        try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "assessment")) {
            for (int u = 0; u < in.units; u++) {
                int cluster = u / Workloads.CLUSTER_SIZE;
                for (int k = 0; k < Workloads.CRITERIA; k++) {
                    a.beginRow();
                    a.append(cluster);
                    a.append(u);
                    a.append((short) k);
                    if (in.achieved[k] != null) {
                        a.append(in.achieved[k][u]);
                    } else {
                        a.appendNull();
                    }
                    if (in.actual[k] != null) {
                        a.append(in.actual[k][u]);
                        a.append(in.target[k][u]);
                    } else {
                        a.appendNull();
                        a.appendNull();
                    }
                    if (in.count[k] != null) {
                        a.append(in.count[k][u]);
                    } else {
                        a.appendNull();
                    }
                    if (in.occurrences[k] != null) {
                        a.append(in.occurrences[k][u]);
                    } else {
                        a.appendNull();
                    }
                    a.endRow();
                }
            }
        }
    }

    private static void appendPart(DuckDBAppender a, String part, long cap, long sign) throws SQLException {
        a.beginRow();
        a.append(part);
        a.append(cap);
        a.append(sign);
        a.endRow();
    }

    private static String part(Spec s) {
        return switch (s.rule()) {
            case BONUS -> "bonus";
            case DEDUCTION -> "deduction";
            default -> Workloads.GROUP_CODES.get(s.group());
        };
    }

    private static String ruleName(Spec s) {
        return s.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns DuckDB's number of threads.
     *
     * @return the {@code threads} setting
     * @throws SQLException if DuckDB fails
     */
    String threads() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * Scores the loaded workload into the two result tables: the timed part.
     *
     * @throws SQLException if DuckDB fails
     */
    void score() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(POINTS_SQL);
            s.execute(TOTALS_SQL);
        }
    }

    /**
     * Reads the result tables back into arrays, for the comparison.
     *
     * @param out receives the points, totals and ranks
     * @throws SQLException if DuckDB fails
     */
    void read(Scores out) throws SQLException {
        // A row DuckDB failed to produce must show as a difference, never as a zero.
        for (long[] column : out.points) {
            java.util.Arrays.fill(column, Long.MIN_VALUE);
        }
        java.util.Arrays.fill(out.total, Long.MIN_VALUE);
        java.util.Arrays.fill(out.rank, Integer.MIN_VALUE);
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT unit_id, criterion, points FROM criterion_points")) {
                while (r.next()) {
                    out.points[r.getInt(2)][r.getInt(1)] = r.getLong(3);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT unit_id, total, rank FROM unit_totals")) {
                while (r.next()) {
                    int u = r.getInt(1);
                    out.total[u] = r.getLong(2);
                    out.rank[u] = r.getInt(3);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
