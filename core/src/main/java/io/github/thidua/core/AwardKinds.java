package io.github.thidua.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard catalogue of awards under the Law on Emulation and Commendation (Law 06/2022/QH15,
 * art. 8–9 and 20–30): flags, certificates of merit and commendation, and emulation titles, each
 * with its exact Vietnamese name and an English one.
 *
 * <p>Ids are stable ASCII ({@code government-flag}, {@code advanced-worker}, …). The issuer level
 * of a kind is the level that usually confers it; organisers who confer an award at another
 * level, or have awards of their own, define further {@link AwardKind}s. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * AwardKind flag = AwardKinds.byId(Id.of("ministry-province-flag")).orElseThrow();
 * flag.name().vi(); // "Cờ thi đua của bộ, ban, ngành, tỉnh, đoàn thể trung ương"
 * }</pre>
 */
public final class AwardKinds {

    /** The Government Emulation Flag, for collectives. */
    public static final AwardKind GOVERNMENT_FLAG = kind(
            "government-flag",
            "Cờ thi đua của Chính phủ",
            "Government Emulation Flag",
            AwardForm.FLAG,
            IssuerLevel.GOVERNMENT,
            RecipientKind.COLLECTIVE);

    /** The emulation flag of a ministry, sector, province or central mass organisation, for collectives. */
    public static final AwardKind MINISTRY_PROVINCE_FLAG = kind(
            "ministry-province-flag",
            "Cờ thi đua của bộ, ban, ngành, tỉnh, đoàn thể trung ương",
            "Emulation Flag of a ministry, sector, province or central mass organisation",
            AwardForm.FLAG,
            IssuerLevel.MINISTRY_PROVINCE_CENTRAL,
            RecipientKind.COLLECTIVE);

    /** The Prime Minister's Certificate of Merit, for collectives, individuals and households. */
    public static final AwardKind PRIME_MINISTER_MERIT = kind(
            "prime-minister-merit",
            "Bằng khen của Thủ tướng Chính phủ",
            "Prime Minister's Certificate of Merit",
            AwardForm.CERTIFICATE_OF_MERIT,
            IssuerLevel.PRIME_MINISTER,
            RecipientKind.COLLECTIVE,
            RecipientKind.INDIVIDUAL,
            RecipientKind.HOUSEHOLD);

    /** The certificate of merit of a ministry, sector, province or central mass organisation, for collectives, individuals and households. */
    public static final AwardKind MINISTRY_PROVINCE_MERIT = kind(
            "ministry-province-merit",
            "Bằng khen của bộ, ban, ngành, tỉnh, đoàn thể trung ương",
            "Certificate of Merit of a ministry, sector, province or central mass organisation",
            AwardForm.CERTIFICATE_OF_MERIT,
            IssuerLevel.MINISTRY_PROVINCE_CENTRAL,
            RecipientKind.COLLECTIVE,
            RecipientKind.INDIVIDUAL,
            RecipientKind.HOUSEHOLD);

    /** The certificate of commendation, for collectives, individuals and households; catalogued at district level (a commendation given at another level, such as by a cluster, is an award kind of its own with the same form). */
    public static final AwardKind COMMENDATION = kind(
            "commendation",
            "Giấy khen",
            "Certificate of Commendation",
            AwardForm.CERTIFICATE_OF_COMMENDATION,
            IssuerLevel.DISTRICT,
            RecipientKind.COLLECTIVE,
            RecipientKind.INDIVIDUAL,
            RecipientKind.HOUSEHOLD);

    /** The title Excellent Labour Collective. */
    public static final AwardKind EXCELLENT_LABOUR_COLLECTIVE = kind(
            "excellent-labour-collective",
            "Tập thể lao động xuất sắc",
            "Excellent Labour Collective",
            AwardForm.COLLECTIVE_TITLE,
            IssuerLevel.MINISTRY_PROVINCE_CENTRAL,
            RecipientKind.COLLECTIVE);

    /** The title Advanced Labour Collective. */
    public static final AwardKind ADVANCED_LABOUR_COLLECTIVE = kind(
            "advanced-labour-collective",
            "Tập thể lao động tiên tiến",
            "Advanced Labour Collective",
            AwardForm.COLLECTIVE_TITLE,
            IssuerLevel.DISTRICT,
            RecipientKind.COLLECTIVE);

    /** The title National Emulation Fighter. */
    public static final AwardKind NATIONAL_EMULATION_FIGHTER = kind(
            "national-emulation-fighter",
            "Chiến sĩ thi đua toàn quốc",
            "National Emulation Fighter",
            AwardForm.INDIVIDUAL_TITLE,
            IssuerLevel.PRIME_MINISTER,
            RecipientKind.INDIVIDUAL);

    /** The title Emulation Fighter at ministry, sector or provincial level. */
    public static final AwardKind MINISTRY_PROVINCE_EMULATION_FIGHTER = kind(
            "ministry-province-emulation-fighter",
            "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
            "Emulation Fighter at ministry, sector or provincial level",
            AwardForm.INDIVIDUAL_TITLE,
            IssuerLevel.MINISTRY_PROVINCE_CENTRAL,
            RecipientKind.INDIVIDUAL);

    /** The title Grassroots Emulation Fighter. */
    public static final AwardKind GRASSROOTS_EMULATION_FIGHTER = kind(
            "grassroots-emulation-fighter",
            "Chiến sĩ thi đua cơ sở",
            "Grassroots Emulation Fighter",
            AwardForm.INDIVIDUAL_TITLE,
            IssuerLevel.GRASSROOTS,
            RecipientKind.INDIVIDUAL);

    /** The title Advanced Worker. */
    public static final AwardKind ADVANCED_WORKER = kind(
            "advanced-worker",
            "Lao động tiên tiến",
            "Advanced Worker",
            AwardForm.INDIVIDUAL_TITLE,
            IssuerLevel.GRASSROOTS,
            RecipientKind.INDIVIDUAL);

    private static final List<AwardKind> ALL = List.of(
            GOVERNMENT_FLAG,
            MINISTRY_PROVINCE_FLAG,
            PRIME_MINISTER_MERIT,
            MINISTRY_PROVINCE_MERIT,
            COMMENDATION,
            EXCELLENT_LABOUR_COLLECTIVE,
            ADVANCED_LABOUR_COLLECTIVE,
            NATIONAL_EMULATION_FIGHTER,
            MINISTRY_PROVINCE_EMULATION_FIGHTER,
            GRASSROOTS_EMULATION_FIGHTER,
            ADVANCED_WORKER);

    private AwardKinds() {}

    /**
     * Returns every kind of the catalogue, flags first, then certificates, then titles.
     *
     * @return the catalogue, in declaration order
     */
    public static List<AwardKind> all() {
        return ALL;
    }

    /**
     * Returns the kind of the catalogue with the given id.
     *
     * @param id the id, not null
     * @return the kind, or empty if the catalogue has none with that id
     */
    public static Optional<AwardKind> byId(Id id) {
        Objects.requireNonNull(id, "id");
        return ALL.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    private static AwardKind kind(
            String id, String vi, String en, AwardForm form, IssuerLevel level, RecipientKind... kinds) {
        return AwardKind.builder()
                .id(Id.of(id))
                .name(Text.of(vi, en))
                .form(form)
                .issuerLevel(level)
                .addRecipientKinds(kinds)
                .build();
    }
}
