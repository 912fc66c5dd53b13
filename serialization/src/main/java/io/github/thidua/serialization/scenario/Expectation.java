package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import java.util.Optional;

/**
 * One expected outcome: a property of a subject (a unit, a vote, a document, a role, an award
 * record) and the value expected, as written. One entry of a scenario's {@code expect} list gives
 * one expectation per property it names. Immutable and thread-safe.
 *
 * <pre>{@code
 * - {unit: phu-tho, rank: 1, band: excellent}   # two expectations: RANK and BAND
 * }</pre>
 *
 * @param entry the 0-based index of the {@code expect} entry it came from
 * @param property what is checked
 * @param subject the unit, vote, document path, role or recipient; {@code evaluation} for {@link
 *     Property#REFUSED}
 * @param qualifier the criterion, indicator, group, award kind or year the property is about, if
 *     any ({@link Property#RECORD_CASH}: the award kind, then a space and the year when given)
 * @param expected the expected value, as written (lists as ids joined by {@code ", "})
 */
public record Expectation(int entry, Property property, String subject, Optional<String> qualifier, String expected) {

    /** Checks the parts. */
    public Expectation {
        requireNonNull(property, "property");
        requireNonNull(subject, "subject");
        requireNonNull(qualifier, "qualifier");
        requireNonNull(expected, "expected");
    }

    /**
     * Returns what is checked, such as {@code phu-tho rank} or {@code phu-tho criterion I.1}.
     *
     * @return the description
     */
    public Text describe() {
        String q = qualifier.map(x -> " " + x).orElse("");
        return Text.of(
                subject + " " + property.label().vi() + q,
                subject + " " + property.label().en() + q);
    }

    /** The properties a scenario can expect. */
    public enum Property {
        /** A unit's final total ({@code total}). */
        TOTAL("tổng điểm", "total"),
        /** A unit's rank position ({@code rank}). */
        RANK("hạng", "rank"),
        /** A unit's band code ({@code band}). */
        BAND("xếp loại", "band"),
        /** The award-kind ids proposed for a unit ({@code proposals}; {@code []} for none). */
        PROPOSALS("đề nghị khen thưởng", "proposals"),
        /** A unit's cash reward in VND ({@code cash}). */
        CASH("tiền thưởng", "cash"),
        /** A criterion's points ({@code criterion} and {@code points}). */
        CRITERION_POINTS("điểm tiêu chí", "criterion"),
        /** A unit's overall progress share, or one indicator's ({@code progress}, {@code indicator}). */
        PROGRESS("tiến độ chỉ tiêu", "progress"),
        /** A unit's rank in the phase review ({@code phase: {rank}}). */
        PHASE_RANK("hạng giai đoạn", "phase rank"),
        /** A unit's phase score ({@code phase: {score}}). */
        PHASE_SCORE("điểm giai đoạn", "phase score"),
        /** The ids a vote elected ({@code vote}, {@code elected}). */
        ELECTED("trúng cử", "elected"),
        /** Whether a vote was decided ({@code vote}, {@code decided}). */
        DECIDED("đã quyết định", "decided"),
        /** That a document reads as a kind ({@code document}, {@code kind}). */
        DOCUMENT("đọc được là", "reads as"),
        /** Who holds a role in a year, as the covenant's cluster records it ({@code role}). */
        ROLE("giữ vai trò", "role"),
        /** That the awards document records an award for a recipient ({@code recipient}). */
        AWARDED("được khen thưởng", "awarded"),
        /** A unit's subtotal of a criterion group, after its rounding and cap ({@code group}, {@code subtotal}). */
        SUBTOTAL("điểm nhóm", "subtotal"),
        /**
         * The tie-breaker that separated a unit from the units level with it on total ({@code
         * decidedBy}): its stable name, {@code unresolved} for a tie nothing separated, {@code none}
         * when the unit was level with nobody.
         */
        DECIDED_BY("tiêu chí phụ quyết định", "decided by"),
        /** The units a unit is still tied with after the chain ({@code tiedWith}; {@code []} for none). */
        TIED_WITH("đồng hạng với", "tied with"),
        /**
         * The award decision for a unit ({@code status}), overall or at the ladder's steps of one
         * award kind ({@code award}): {@code proposed}, {@code cut-by-quota}, {@code ineligible},
         * {@code undecided-at-quota-line} or {@code not-qualified}.
         */
        AWARD_STATUS("quyết định khen thưởng", "award status"),
        /** A fragment of the award decision's explanation, overall or for one award kind ({@code reason}). */
        AWARD_REASON("lý do quyết định khen thưởng", "award reason"),
        /** That the engine refuses the inputs with a message containing a fragment ({@code refused}). */
        REFUSED("bị bộ máy từ chối", "refused"),
        /** The cash of an award recorded in the awards document ({@code recipient}, {@code awarded}, {@code cash}). */
        RECORD_CASH("tiền thưởng theo quyết định", "recorded award cash");

        private final Text label;

        Property(String vi, String en) {
            this.label = Text.of(vi, en);
        }

        /**
         * Returns the property's name in both languages.
         *
         * @return the label
         */
        public Text label() {
            return label;
        }
    }
}
