package io.github.thidua.examples.cli;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.serialization.DocumentException;
import io.github.thidua.serialization.DocumentReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Pairs a stream of covenants with a stream of assessment sheets into one evaluation input per
 * cluster, reading both documents element by element.
 *
 * <p>Covenants are taken in order. For each, sheets are read until every member has its sheet;
 * sheets of units not in the current covenant wait, by unit, for a later one. When both documents
 * list the clusters in the same order, at most one cluster's sheets wait at a time and memory
 * stays flat however many clusters there are. Otherwise sheets wait until their covenant comes,
 * up to {@code maxPending}: more is an input error that says why, rather than running out of
 * memory. A member without a sheet makes the reader look to the end of the sheets (it may come
 * last), so it holds every later sheet meanwhile; the policy's missing-sheet rule then decides.
 * Sheets left when the covenants end belong to no covenant (or repeat a sheet already used): an
 * input error, reported by {@link #leftover()} once every cluster has been evaluated.
 *
 * <p>{@link io.github.thidua.scoring.Evaluator#evaluateAll} reads this iterator on its caller's
 * thread only, so it needs no locking.
 */
final class ClusterInputs implements Iterator<EvaluationInput> {

    private record Waiting(AssessmentSheet sheet, long index) {}

    private final DocumentReader<Covenant> covenants;
    private final Path covenantsFile;
    private final DocumentReader<AssessmentSheet> sheets;
    private final Path sheetsFile;
    private final LocalDate decisionDate;
    private final int maxPending;
    private final Map<Id, Waiting> pending = new HashMap<>();
    private final ArrayDeque<Cluster> handedOut = new ArrayDeque<>();
    private int mostPending;
    private long units;
    private CliException leftover;

    ClusterInputs(
            DocumentReader<Covenant> covenants,
            Path covenantsFile,
            DocumentReader<AssessmentSheet> sheets,
            Path sheetsFile,
            LocalDate decisionDate,
            int maxPending) {
        this.covenants = covenants;
        this.covenantsFile = covenantsFile;
        this.sheets = sheets;
        this.sheetsFile = sheetsFile;
        this.decisionDate = decisionDate;
        this.maxPending = maxPending;
    }

    @Override
    public boolean hasNext() {
        boolean more = read(covenantsFile, covenants::hasNext);
        if (!more && leftover == null) {
            leftover = leftovers();
        }
        return more;
    }

    @Override
    public EvaluationInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more covenants in " + covenantsFile);
        }
        long at = covenants.count();
        Covenant covenant = read(covenantsFile, covenants::next);
        Map<Id, Waiting> found = new LinkedHashMap<>();
        List<Id> missing = new ArrayList<>();
        for (Collective member : covenant.cluster().members()) {
            Waiting waiting = pending.remove(member.id());
            if (waiting == null) {
                missing.add(member.id());
            } else {
                found.put(member.id(), waiting);
            }
        }
        while (!missing.isEmpty() && read(sheetsFile, sheets::hasNext)) {
            long index = sheets.count();
            AssessmentSheet sheet = read(sheetsFile, sheets::next);
            Id unit = sheet.unit();
            Waiting earlier = found.containsKey(unit) ? found.get(unit) : pending.get(unit);
            if (earlier != null) {
                throw twice(unit, earlier.index(), index);
            }
            if (missing.remove(unit)) {
                found.put(unit, new Waiting(sheet, index));
            } else {
                pending.put(unit, new Waiting(sheet, index));
                mostPending = Math.max(mostPending, pending.size());
                if (pending.size() > maxPending) {
                    throw tooManyWaiting(covenant, at, missing);
                }
            }
        }
        EvaluationInput input;
        try {
            EvaluationInput.Builder b = EvaluationInput.builder().covenant(covenant);
            found.values().forEach(w -> b.addSheets(w.sheet()));
            if (decisionDate != null) {
                b.decisionDate(decisionDate);
            }
            input = b.build();
        } catch (ThiDuaException e) {
            throw new CliException(
                    Cli.INPUT,
                    Text.of(
                            covenantsFile + ": /body/" + at + ", " + sheetsFile + ": các tài liệu không khớp nhau: "
                                    + e.getMessage(Text.VIETNAMESE),
                            covenantsFile + ": /body/" + at + ", " + sheetsFile
                                    + ": the documents do not fit together: " + e.getMessage()),
                    e);
        }
        units += covenant.cluster().members().size();
        handedOut.add(covenant.cluster());
        return input;
    }

    /**
     * Returns the cluster of the oldest input whose evaluation has not been claimed yet: the
     * evaluator hands evaluations back in input order.
     */
    Cluster claim() {
        return handedOut.remove();
    }

    /** How many clusters have been handed out. */
    long clusters() {
        return covenants.count();
    }

    /** How many member units the clusters handed out have. */
    long units() {
        return units;
    }

    /** The most sheets that waited for their covenant at once. */
    int mostPending() {
        return mostPending;
    }

    /**
     * Returns the input error for sheets that matched no covenant, known once {@link #hasNext()}
     * has returned false.
     */
    CliException leftover() {
        return leftover;
    }

    // Reads the rest of the sheets (so a broken tail is reported too) and counts those no covenant
    // took.
    private CliException leftovers() {
        Waiting first = pending.values().stream()
                .min((a, b) -> Long.compare(a.index(), b.index()))
                .orElse(null);
        long count = pending.size();
        pending.clear();
        while (read(sheetsFile, sheets::hasNext)) {
            long index = sheets.count();
            AssessmentSheet sheet = read(sheetsFile, sheets::next);
            if (first == null) {
                first = new Waiting(sheet, index);
            }
            count++;
        }
        if (first == null) {
            return null;
        }
        String unit = first.sheet().unit().value();
        String where = sheetsFile + ": /body/" + first.index() + ": ";
        String more = count > 1 ? " (+" + (count - 1) + ")" : "";
        return new CliException(
                Cli.INPUT,
                Text.of(
                        where + "phiếu của đơn vị " + unit + " không thuộc giao ước nào trong " + covenantsFile
                                + " (hoặc là phiếu lặp lại)" + more
                                + "; cho phép: phiếu của thành viên một cụm, mỗi đơn vị một phiếu",
                        where + "the sheet of unit " + unit + " belongs to no covenant in " + covenantsFile
                                + " (or repeats a sheet)" + more
                                + "; allowed: sheets of a cluster's members, one per unit"),
                null);
    }

    private CliException twice(Id unit, long first, long second) {
        return new CliException(
                Cli.INPUT,
                Text.of(
                        sheetsFile + ": /body/" + second + ": đơn vị " + unit + " đã có phiếu ở /body/" + first
                                + "; cho phép: mỗi đơn vị một phiếu",
                        sheetsFile + ": /body/" + second + ": unit " + unit + " already has a sheet at /body/" + first
                                + "; allowed: one sheet per unit"),
                null);
    }

    private CliException tooManyWaiting(Covenant covenant, long at, List<Id> missing) {
        String cluster = covenant.cluster().id().value();
        String units = missing.stream().map(Id::value).limit(5).toList() + (missing.size() > 5 ? "…" : "");
        return new CliException(
                Cli.INPUT,
                Text.of(
                        sheetsFile + ": hơn " + maxPending + " phiếu đang chờ giao ước của chúng trong khi cụm "
                                + cluster
                                + " (" + covenantsFile + ": /body/" + at + ") vẫn thiếu phiếu của " + units
                                + "; hãy bổ sung các phiếu đó, xếp hai tệp theo cùng thứ tự cụm,"
                                + " hoặc tăng --max-pending-sheets",
                        sheetsFile + ": more than " + maxPending + " sheets wait for their covenant while cluster "
                                + cluster + " (" + covenantsFile + ": /body/" + at + ") still lacks the sheets of "
                                + units + "; give those sheets, put both files in the same cluster order,"
                                + " or raise --max-pending-sheets"),
                null);
    }

    private static <T> T read(Path file, Supplier<T> step) {
        try {
            return step.get();
        } catch (DocumentException e) {
            throw DocumentFiles.streamed(file, e);
        }
    }
}
