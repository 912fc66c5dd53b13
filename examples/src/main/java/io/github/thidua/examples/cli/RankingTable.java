package io.github.thidua.examples.cli;

import io.github.thidua.core.Cluster;
import io.github.thidua.core.Id;
import io.github.thidua.core.Rank;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ranking of an evaluation as rows — rank, unit, total, band, proposals, cash — rendered as
 * an aligned table, CSV or Markdown in one language.
 */
final class RankingTable {

    private record Row(
            String rank,
            String id,
            String name,
            String total,
            String band,
            String bandLabel,
            String proposals,
            String cash,
            String cashAmount) {}

    private final Evaluation evaluation;
    private final Cluster cluster;
    private final Locale locale;
    private final List<Row> rows;

    private RankingTable(Evaluation evaluation, Cluster cluster, Locale locale) {
        this.evaluation = evaluation;
        this.cluster = cluster;
        this.locale = locale;
        this.rows = evaluation.result().units().stream()
                .sorted(Comparator.comparingInt(
                                (UnitResult u) -> u.rank().map(Rank::position).orElse(Integer.MAX_VALUE))
                        .thenComparing(UnitResult::unit))
                .map(this::row)
                .toList();
    }

    static RankingTable of(Evaluation evaluation, Cluster cluster, Locale locale) {
        return new RankingTable(evaluation, cluster, locale);
    }

    private Row row(UnitResult u) {
        boolean vi = Text.isVietnamese(locale);
        String rank = u.rank()
                .map(r -> r.position() + (r.unresolved() ? "?" : r.isTied() ? "=" : ""))
                .orElse("—");
        String total = vi ? u.total().toString().replace('.', ',') : u.total().toString();
        return new Row(
                rank,
                u.unit().value(),
                name(u.unit()),
                total,
                u.band().map(b -> b.code()).orElse(""),
                u.band().map(b -> b.label().in(locale)).orElse("—"),
                u.proposals().stream().map(p -> p.awardKind().name().in(locale)).collect(Collectors.joining("; ")),
                u.cash().map(c -> c.format(locale)).orElse(""),
                u.cash().map(c -> Long.toString(c.amount())).orElse(""));
    }

    private String name(Id unit) {
        return cluster.member(unit).map(m -> m.displayName().text()).orElse(unit.value());
    }

    private List<String> headers() {
        return List.of(
                say("Hạng", "Rank"),
                say("Đơn vị", "Unit"),
                say("Tổng điểm", "Total"),
                say("Xếp loại", "Band"),
                say("Đề nghị khen thưởng", "Award proposals"),
                say("Tiền thưởng", "Cash"));
    }

    private static List<String> cells(Row r) {
        return List.of(r.rank(), r.name(), r.total(), r.bandLabel(), r.proposals(), r.cash());
    }

    private String title() {
        return cluster.name().text() + " — " + evaluation.result().period().label(locale) + " — "
                + say("quy chế", "policy") + " " + evaluation.result().policyId() + " v"
                + evaluation.result().policyVersion();
    }

    /** An aligned text table under a title line; the total is right-aligned. */
    String table() {
        List<List<String>> all = new ArrayList<>();
        all.add(headers());
        rows.forEach(r -> all.add(cells(r)));
        int[] widths = new int[6];
        for (List<String> line : all) {
            for (int i = 0; i < 6; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(title()).append("\n\n");
        for (List<String> line : all) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                l.append(i == 2 ? pad + cell : cell + pad).append(i < 5 ? "  " : "");
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The header of {@link #csv()}. */
    static final String CSV_HEADER = "rank,unit,name,total,band,band_label,proposals,cash_vnd\r\n";

    /** The header of a batch's CSV: the cluster first, then the columns of {@link #csv()}. */
    static final String BATCH_CSV_HEADER = "cluster," + CSV_HEADER;

    /**
     * CSV with stable ASCII headers for programs; names and labels in the chosen language, the
     * total with a decimal point and the cash in whole đồng.
     */
    String csv() {
        return CSV_HEADER + csvRows(null);
    }

    /**
     * The rows of {@link #csv()} without the header, each led by {@code cluster} when it is not
     * null (the rows of {@link #BATCH_CSV_HEADER}).
     */
    String csvRows(String cluster) {
        StringBuilder out = new StringBuilder();
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            if (cluster != null) {
                cells.add(cluster);
            }
            cells.addAll(List.of(
                    r.rank(),
                    r.id(),
                    r.name(),
                    r.total().replace(',', '.'),
                    r.band(),
                    r.bandLabel(),
                    r.proposals(),
                    r.cashAmount()));
            out.append(String.join(
                            ",", cells.stream().map(RankingTable::csvField).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }

    /** A Markdown table under a heading. */
    String markdown() {
        StringBuilder out = new StringBuilder("### ").append(title()).append("\n\n");
        out.append(markdownLine(headers()));
        out.append("|---:|---|---:|---|---|---:|\n");
        rows.forEach(r -> out.append(markdownLine(cells(r))));
        return out.toString();
    }

    private static String markdownLine(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |")) + "\n";
    }

    private String say(String vi, String en) {
        return Text.of(vi, en).in(locale);
    }
}
