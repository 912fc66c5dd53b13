package io.github.thidua.examples;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Movement;
import io.github.thidua.core.Recipient;
import io.github.thidua.core.Review;
import io.github.thidua.core.Text;
import java.util.List;
import java.util.Optional;

/**
 * One seed scenario: a cluster as a source article reports it, with its reviews, movement,
 * covenant, awards and the notes that say what was inferred or made up for illustration.
 *
 * @param source the seed article's number, such as "002"
 * @param title what the article reports, in both languages
 * @param cluster the cluster with its members and roles
 * @param reviews the review conferences the article reports
 * @param movement the movement the article names, if any
 * @param covenant the covenant signed, if the article reports one
 * @param awardKinds award kinds defined by the cluster itself (beyond the law's catalogue)
 * @param awards awards the article reports as given
 * @param otherRecipients collectives and households outside the cluster that the article names as
 *     award recipients
 * @param notes what was inferred or is illustrative, in both languages
 */
public record Seed(
        String source,
        Text title,
        Cluster cluster,
        List<Review> reviews,
        Optional<Movement> movement,
        Optional<Covenant> covenant,
        List<AwardKind> awardKinds,
        List<AwardRecord> awards,
        List<Recipient> otherRecipients,
        List<Text> notes) {

    /** Checks that nothing is null and copies the lists. */
    public Seed {
        requireNonNull(source, "source");
        requireNonNull(title, "title");
        requireNonNull(cluster, "cluster");
        reviews = List.copyOf(reviews);
        requireNonNull(movement, "movement");
        requireNonNull(covenant, "covenant");
        awardKinds = List.copyOf(awardKinds);
        awards = List.copyOf(awards);
        otherRecipients = List.copyOf(otherRecipients);
        notes = List.copyOf(notes);
    }
}
