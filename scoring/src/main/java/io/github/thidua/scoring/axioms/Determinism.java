package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/** The same input evaluated again, and on several threads at once, gives identical evaluations. */
final class Determinism extends BuiltInAxiom {

    static final String NAME = "determinism";

    Determinism() {
        super(
                NAME,
                Text.of(
                        "chấm lại, kể cả trên nhiều luồng cùng lúc, cho kết quả và diễn giải giống hệt",
                        "evaluating again, also on several threads at once, gives identical results and explanations"));
    }

    private static final int THREADS = 4;

    private record Run(Evaluation evaluation, boolean same) {}

    @Override
    public Optional<Violation> check(Trial trial) {
        Evaluation first = trial.evaluation();
        Evaluation again = trial.evaluate(trial.input());
        Optional<Violation> v = compare(first, run(first, again), Text.of("lần chấm thứ hai", "second run"));
        if (v.isPresent()) {
            return v;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "thidua-axiom-determinism");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Run>> runs = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    // Explanations are read (compared) on this thread, so deferred ones resolve concurrently.
                    return run(first, trial.evaluate(trial.input()));
                }));
            }
            start.countDown();
            for (int i = 0; i < runs.size(); i++) {
                Run r = await(runs.get(i));
                v = compare(first, r, Text.of("luồng " + (i + 1), "thread " + (i + 1)));
                if (v.isPresent()) {
                    return v;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return Optional.empty();
    }

    private static Run run(Evaluation first, Evaluation e) {
        return new Run(e, e.equals(first));
    }

    private static Run await(Future<Run> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking determinism", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Optional<Violation> compare(Evaluation first, Run run, Text which) {
        if (run.same()) {
            return Optional.empty();
        }
        List<Text> details = Facts.of(first, UnaryOperator.identity(), true, true)
                .differences(
                        Facts.of(run.evaluation(), UnaryOperator.identity(), true, true),
                        Text.of("lần đầu", "first run"),
                        which);
        if (details.isEmpty()) {
            details = List.of(Text.of(
                    "các đánh giá khác nhau ở một thuộc tính không phải số (như văn bản tiếng Việt)",
                    "the evaluations differ in an attribute other than the numbers (such as the Vietnamese text)"));
        }
        return Optional.of(Violation.of(
                NAME + ".differs",
                Text.of(
                        "Chấm lại cùng đầu vào (" + which.vi() + ") cho kết quả khác",
                        "Evaluating the same input again (" + which.en() + ") gives another result"),
                details));
    }
}
