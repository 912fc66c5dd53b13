package io.github.thidua.scoring.axioms;

import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.MissingStagePolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.ScoreSource;
import io.github.thidua.scoring.VoteRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of a policy, each replaceable, rebuilt into a policy by {@link #build()}: the
 * shrinker simplifies generated policies this way (the policy's builder is strict and has no
 * copy-from).
 */
final class Policies {

    Id id;
    String version;
    Name name;
    List<String> legalReferences;
    LocalDate inForceFrom;
    Optional<LocalDate> inForceUntil;
    ScoringTable table;
    ScoreSource source;
    AssessmentStage countingStage;
    MissingStagePolicy missingStage;
    MissingSheetPolicy missingSheet;
    RoundingPlan rounding;
    EvaluationScope scope;
    int divisionScale;
    Optional<BandScheme> bands;
    RankingRules ranking;
    Optional<Id> rankingVote;
    VoteRules voteRules;
    Map<Id, VoteRules> voteRulesByVote;
    Optional<AwardLadder> awards;
    Optional<CashRewardTable> cash;

    private Policies() {}

    static Policies of(Policy p) {
        Policies c = new Policies();
        c.id = p.id();
        c.version = p.version();
        c.name = p.name();
        c.legalReferences = p.legalReferences();
        c.inForceFrom = p.inForceFrom();
        c.inForceUntil = p.inForceUntil();
        c.table = p.table();
        c.source = p.source();
        c.countingStage = p.countingStage();
        c.missingStage = p.missingStage();
        c.missingSheet = p.missingSheet();
        c.rounding = p.rounding();
        c.scope = p.scope();
        c.divisionScale = p.divisionScale();
        c.bands = p.bands();
        c.ranking = p.ranking();
        c.rankingVote = p.rankingVote();
        c.voteRules = p.voteRules();
        c.voteRulesByVote = new LinkedHashMap<>(p.voteRulesByVote());
        c.awards = p.awards();
        c.cash = p.cash();
        return c;
    }

    /** The vote rules a policy has when none are given. */
    static VoteRules defaultVoteRules(Policy p) {
        Policies c = of(p);
        c.voteRules = null;
        return c.build().voteRules();
    }

    Policy build() {
        Policy.Builder b = Policy.builder()
                .id(id)
                .version(version)
                .name(name)
                .addAllLegalReferences(legalReferences)
                .inForceFrom(inForceFrom)
                .inForceUntil(inForceUntil)
                .table(table)
                .source(source)
                .countingStage(countingStage)
                .missingStage(missingStage)
                .missingSheet(missingSheet)
                .rounding(rounding)
                .scope(scope)
                .divisionScale(divisionScale)
                .bands(bands)
                .ranking(ranking)
                .rankingVote(rankingVote)
                .putAllVoteRulesByVote(voteRulesByVote)
                .awards(awards)
                .cash(cash);
        if (voteRules != null) {
            b.voteRules(voteRules);
        }
        return b.build();
    }
}
