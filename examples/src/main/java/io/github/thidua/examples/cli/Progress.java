package io.github.thidua.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr for large inputs: silent for at most {@link #THRESHOLD} items unless forced,
 * always silent when quiet. Counted work prints a line every tenth; single long steps (reading one
 * document, evaluating a cluster) print when they start and how long they took.
 */
final class Progress {

    /** Above this many sheets or files the tool reports progress by itself. */
    static final int THRESHOLD = 1_000;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean forced;

    private boolean active;
    private long total;
    private int lastTenth;
    private long started;

    Progress(PrintWriter err, boolean quiet, boolean forced) {
        this.err = err;
        this.quiet = quiet;
        this.forced = forced;
    }

    /**
     * Tells whether work of this size is reported.
     *
     * @param items the number of sheets or files
     * @return true when reported
     */
    boolean reports(long items) {
        return !quiet && (forced || items > THRESHOLD);
    }

    /** Starts counted work: {@code total} items; prints "0%" when reported. */
    void start(String what, long items) {
        active = reports(items);
        total = Math.max(1, items);
        lastTenth = 0;
        started = System.nanoTime();
        line(String.format(Locale.ROOT, "%s: 0%% (0/%d)", what, items));
    }

    /** Records that {@code done} of the items are finished; prints at each new tenth. */
    void advance(String what, long done) {
        int tenth = (int) (done * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            line(String.format(Locale.ROOT, "%s: %d%% (%d/%d, %s)", what, tenth * 10, done, total, elapsed()));
        }
    }

    /**
     * Starts work measured in some unit (such as bytes of a file read) that is reported when
     * {@code reported}; prints {@code first} then.
     */
    void start(boolean reported, long units, String first) {
        active = reported && !quiet;
        total = Math.max(1, units);
        lastTenth = 0;
        started = System.nanoTime();
        line(first);
    }

    /**
     * Records that {@code done} of the units are finished; when that reaches a new tenth, prints the
     * line {@code say} makes from the per cent done and the time elapsed.
     */
    void advance(long done, java.util.function.BiFunction<Integer, String, String> say) {
        int tenth = (int) (Math.min(done, total) * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            line(say.apply(tenth * 10, elapsed()));
        }
    }

    /** Starts one long step of work on {@code items} items; prints when reported. */
    void step(String what, long items) {
        active = reports(items);
        started = System.nanoTime();
        line(what + "…");
    }

    /** Ends the current step; prints how long it took when reported. */
    void done(String what) {
        line(what + " (" + elapsed() + ")");
        active = false;
    }

    /** The time since the work started, such as {@code 12.3 s}. */
    String elapsed() {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
    }

    private void line(String text) {
        if (active) {
            err.println("thidua: " + text);
            err.flush();
        }
    }
}
