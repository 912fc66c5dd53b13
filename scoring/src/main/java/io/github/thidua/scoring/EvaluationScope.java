package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** Whether units are scored and ranked across the whole cluster or within each sub-group. */
public enum EvaluationScope implements Labelled {
    /** One batch: the whole cluster. */
    CLUSTER("toàn cụm", "whole cluster"),
    /** One batch per sub-group; a cluster without sub-groups is one batch. */
    SUB_GROUP("từng nhóm", "each sub-group");

    private final Text label;

    EvaluationScope(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
