package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Id;
import io.github.thidua.core.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Many clusters at once: in parallel or not, the same evaluations in the same order. */
class EvaluatorBatchTest {

    private static final Evaluator EVALUATOR = Evaluator.of(Registry.builtIns());

    private static List<EvaluationInput> inputs(int count) {
        List<EvaluationInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(EvaluatorBatchFixtures.input(i));
        }
        return inputs;
    }

    @Test
    void evaluateAllOnFourThreads_givesExactlyTheSequentialEvaluationsInInputOrder() {
        List<EvaluationInput> inputs = inputs(60);
        List<Evaluation> sequential = new ArrayList<>();
        for (EvaluationInput input : inputs) {
            sequential.add(EVALUATOR.evaluate(EvaluatorBatchFixtures.POLICY, input));
        }

        List<Evaluation> parallel = EVALUATOR.evaluateAll(EvaluatorBatchFixtures.POLICY, inputs, 4);

        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel)
                .extracting(e -> e.result().cluster())
                .containsExactlyElementsOf(
                        inputs.stream().map(i -> i.covenant().cluster().id()).toList());
    }

    @Test
    void evaluateAllOnOneThread_evaluatesInOrderOnTheCallersThread_andZeroThreadsIsRejected() {
        List<EvaluationInput> inputs = inputs(5);
        Thread caller = Thread.currentThread();
        List<Evaluation> delivered = new ArrayList<>();

        EVALUATOR.evaluateAll(EvaluatorBatchFixtures.POLICY, inputs.iterator(), 1, e -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            delivered.add(e);
        });

        assertThat(delivered)
                .containsExactlyElementsOf(inputs.stream()
                        .map(i -> EVALUATOR.evaluate(EvaluatorBatchFixtures.POLICY, i))
                        .toList());
        assertThatThrownBy(() -> EVALUATOR.evaluateAll(EvaluatorBatchFixtures.POLICY, inputs.iterator(), 0, e -> {}))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("threads"));
    }

    @Test
    void evaluateAllFromAnIterator_readsAndDeliversOnTheCallersThreadInOrder() {
        List<EvaluationInput> inputs = inputs(40);
        Thread caller = Thread.currentThread();
        List<Id> delivered = new ArrayList<>();
        Iterator<EvaluationInput> source = inputs.iterator();
        Iterator<EvaluationInput> checked = new Iterator<>() {
            @Override
            public boolean hasNext() {
                assertThat(Thread.currentThread()).isSameAs(caller);
                return source.hasNext();
            }

            @Override
            public EvaluationInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return source.next();
            }
        };

        EVALUATOR.evaluateAll(EvaluatorBatchFixtures.POLICY, checked, 3, e -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            delivered.add(e.result().cluster());
        });

        assertThat(delivered)
                .containsExactlyElementsOf(
                        inputs.stream().map(i -> i.covenant().cluster().id()).toList());
    }

    @Test
    void aFailingCluster_isReportedByPositionAndIdWithTheOriginalCause_andLaterOnesAreNotDelivered() {
        List<EvaluationInput> inputs = new ArrayList<>(inputs(30));
        EvaluationInput good = inputs.get(7);
        Covenant covenant = good.covenant();
        // A sheet naming a criterion the table does not have.
        inputs.set(
                7,
                EvaluationInput.builder()
                        .covenant(covenant)
                        .addSheets(AssessmentSheet.builder()
                                .unit(covenant.cluster().memberIds().iterator().next())
                                .period(covenant.period())
                                .addEntries(Assessment.builder()
                                        .criterion("KHONG-CO")
                                        .achieved(true)
                                        .build())
                                .build())
                        .build());
        List<Id> delivered = new ArrayList<>();

        assertThatThrownBy(() -> EVALUATOR.evaluateAll(
                        EvaluatorBatchFixtures.POLICY,
                        inputs.iterator(),
                        4,
                        e -> delivered.add(e.result().cluster())))
                .isInstanceOfSatisfying(BatchEvaluationException.class, e -> {
                    assertThat(e.index()).isEqualTo(7);
                    assertThat(e.cluster()).contains(covenant.cluster().id());
                    assertThat(e.failure()).isInstanceOf(ValidationException.class);
                    assertThat(e.getCause()).isSameAs(e.failure());
                    assertThat(e.getMessage())
                            .startsWith("cluster " + covenant.cluster().id().value() + " (input 7): ")
                            .contains("KHONG-CO");
                });
        assertThat(delivered).hasSize(7);
    }

    @Test
    void zeroThreads_isRejectedWithTheAllowedRange() {
        assertThatThrownBy(() -> EVALUATOR.evaluateAll(EvaluatorBatchFixtures.POLICY, inputs(1), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("threads");
                    assertThat(e.value()).contains("0");
                    assertThat(e.getMessage()).contains("1 or more");
                });
    }
}
