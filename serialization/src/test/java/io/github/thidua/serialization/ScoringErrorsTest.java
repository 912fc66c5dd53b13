package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.EligibilityRule;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.VoteRules;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad scoring documents fail with the document path and the domain's exception as the cause. */
class ScoringErrorsTest {

    private static final ObjectMapper JSON = ScoringSamples.json();

    /** Set when {@link Gadget} is initialised: no document may ever cause that. */
    static final String LOADED = "thidua.test.gadget.loaded";

    /** A class a hostile document might name. */
    public static final class Gadget {
        static {
            System.setProperty(LOADED, "true");
        }
    }

    private static <T> JsonMappingException rejected(String json, Class<T> type) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> JSON.readValue(json, type));
        assertThat(e).as("reading %s must fail", json).isNotNull();
        return e;
    }

    private static ValidationException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
        }
        throw new AssertionError("no ValidationException among the causes of " + e);
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @Test
    @DisplayName("overlapping band ranges fail at the band scheme with the builder's ValidationException")
    void bandScheme_overlappingRanges_validationCause() {
        JsonMappingException e = rejected(
                json("{'bands':["
                        + "{'code':'good','label':{'vi':'Tốt','en':'Good'},'min':85},"
                        + "{'code':'rest','label':{'vi':'Khác','en':'Other'},'maxExclusive':90}]}"),
                BandScheme.class);
        assertThat(cause(e).getMessage()).contains("bands[1].maxExclusive");
    }

    @Test
    @DisplayName("a quota share of 1.5 fails with the path to the quota")
    void awardLadder_quotaShareAboveOne_pathAndValidationCause() {
        JsonMappingException e = rejected(
                json("{'steps':[{'award':"
                        + ScoringSamples.json()
                                .valueToTree(io.github.thidua.core.AwardKinds.COMMENDATION)
                                .toString()
                                .replace('"', '\'')
                        + ",'fromRank':1,'toRank':3,"
                        + "'quota':{'share':1.5,'base':'MEMBERS','straddle':'INCLUDE_ALL'}}]}"),
                AwardLadder.class);
        assertThat(e.getPathReference()).contains("[\"steps\"]").contains("[0]").contains("[\"quota\"]");
        assertThat(cause(e).getMessage()).contains("share");
    }

    @Test
    @DisplayName("an unknown property is rejected, naming it and the known ones")
    void quota_unknownProperty_rejected() {
        JsonMappingException e = rejected(json("{'count':2,'straddle':'INCLUDE_ALL','limit':3}"), Quota.class);
        assertThat(e).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(e.getMessage()).contains("limit").contains("straddle");
    }

    @Test
    @DisplayName("an enum is read by constant name only")
    void quota_unknownEnumConstant_rejected() {
        JsonMappingException e = rejected(json("{'count':2,'straddle':'include all'}"), Quota.class);
        assertThat(e.getMessage()).contains("INCLUDE_ALL");
        assertThat(e.getPathReference()).contains("straddle");
    }

    @Test
    @DisplayName("a '@class' property never instantiates anything: it is an unknown property")
    void tieBreakLink_classProperty_neverInstantiates() {
        String gadget = Gadget.class.getName();
        JsonMappingException e = rejected(json("{'@class':'" + gadget + "','name':'lot'}"), TieBreakLink.class);
        assertThat(e).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(System.getProperty(LOADED)).isNull();
    }

    @Test
    @DisplayName("a class name in a plug-in name field is an invalid name, never a class to load")
    void pluginNames_className_invalidNameNeverLoaded() {
        String gadget = Gadget.class.getName();
        assertThat(cause(rejected(json("{'name':'" + gadget + "'}"), TieBreakLink.class))
                        .getMessage())
                .contains("name");
        cause(rejected(json("{'method':'" + gadget + "'}"), VoteRules.class));
        cause(rejected(
                json("{'check':'" + gadget + "','parameters':{'type':'" + gadget + "'}}"), EligibilityRule.class));
        cause(rejected(json("{'chain':[{'name':'" + gadget + "'}]}"), RankingRules.class));
        assertThat(System.getProperty(LOADED)).isNull();
    }

    @Test
    @DisplayName("parameters keep numbers and booleans as their exact text, with no double in between")
    void parameters_numbersAndBooleans_exactText() throws Exception {
        ObjectMapper plain = JsonMapper.builder().addModule(new ThiDuaModule()).build();
        Parameters p = plain.readValue(
                "{\"share\":0.7,\"threshold\":0.70,\"big\":12345678901234567890.123456789,\"on\":true,\"n\":3}",
                Parameters.class);
        assertThat(p.asMap())
                .containsEntry("share", "0.7")
                .containsEntry("threshold", "0.70")
                .containsEntry("big", "12345678901234567890.123456789")
                .containsEntry("on", "true")
                .containsEntry("n", "3");
        assertThat(plain.writeValueAsString(p))
                .isEqualTo("{\"big\":\"12345678901234567890.123456789\",\"n\":\"3\",\"on\":\"true\","
                        + "\"share\":\"0.7\",\"threshold\":\"0.70\"}");
    }

    @Test
    @DisplayName("a nested object as a parameter value is rejected with its path")
    void parameters_nestedObject_rejected() {
        JsonMappingException e = rejected(json("{'name':'lot','parameters':{'x':{'@class':'y'}}}"), TieBreakLink.class);
        assertThat(e.getPathReference()).contains("parameters").contains("x");
    }

    @Test
    @DisplayName("decimals stay exact without any mapper feature: 0.70 keeps its scale")
    void quota_share_exactWithoutBigDecimalFeature() throws Exception {
        ObjectMapper plain = JsonMapper.builder().addModule(new ThiDuaModule()).build();
        Quota q = plain.readValue(json("{'share':0.70,'baseCount':40,'straddle':'EXCLUDE_ALL'}"), Quota.class);
        assertThat(q.share()).contains(new BigDecimal("0.70"));
        assertThat(plain.writeValueAsString(q)).contains("\"share\":0.70");
    }

    @Test
    @DisplayName("an invalid id as a map key fails with the key in the path and the domain's ValidationException")
    void cashRewardTable_invalidIdKey_pathAndValidationCause() {
        JsonMappingException e = rejected(
                json("{'baseSalaries':{'amounts':{'2024-07-01':2340000}},'multipliers':{'Not An Id!':1.0}}"),
                io.github.thidua.scoring.CashRewardTable.class);
        assertThat(e.getPathReference()).contains("multipliers").contains("Not An Id!");
        cause(e);
    }

    @Test
    @DisplayName("empty parameters are written as {} and absent ones read as none")
    void parameters_emptyWrittenAsEmptyObject_absentReadAsNone() throws Exception {
        assertThat(JSON.writeValueAsString(TieBreakLink.of("lot"))).isEqualTo("{\"name\":\"lot\",\"parameters\":{}}");
        assertThat(JSON.writeValueAsString(VoteRules.of("plurality")))
                .isEqualTo("{\"method\":\"plurality\",\"parameters\":{}}");
        assertThat(JSON.readValue(json("{'name':'lot'}"), TieBreakLink.class)).isEqualTo(TieBreakLink.of("lot"));
        assertThat(JSON.readValue(json("{'method':'plurality'}"), VoteRules.class))
                .isEqualTo(VoteRules.of("plurality"));
        assertThat(JSON.readValue(json("{'check':'no-pending-matters','parameters':null}"), EligibilityRule.class))
                .isEqualTo(EligibilityRule.of("no-pending-matters", Parameters.none()));
    }
}
