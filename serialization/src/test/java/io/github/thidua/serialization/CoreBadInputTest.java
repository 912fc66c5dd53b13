package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Name;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad documents fail with the path of the bad value and, where the domain refused, its reason. */
class CoreBadInputTest {

    private static final ObjectMapper JSON = CoreJson.json();

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("/"));
    }

    private static ObjectNode clusterTree() throws Exception {
        return (ObjectNode) JSON.readTree(JSON.writeValueAsString(CoreSamples.cluster()));
    }

    private static <T> JsonMappingException fails(String json, Class<T> type) {
        return catchThrowableOfType(JsonMappingException.class, () -> JSON.readValue(json, type));
    }

    @Test
    void wrongType_failsWithThePath() throws Exception {
        ObjectNode tree = clusterTree();
        ((ObjectNode) tree.withArray("members").get(1)).put("headCount", "many");

        JsonMappingException e = fails(tree.toString(), Cluster.class);

        assertThat(e).isInstanceOf(MismatchedInputException.class);
        assertThat(path(e)).isEqualTo("members/1/headCount");
    }

    @Test
    void objectWhereAStringBelongs_failsWithThePath() throws Exception {
        ObjectNode tree = clusterTree();
        tree.putObject("name").put("vi", "Cụm");

        JsonMappingException e = fails(tree.toString(), Cluster.class);

        assertThat(path(e)).isEqualTo("name");
    }

    @Test
    void missingRequiredField_failsWithTheDomainsMissingValueAsCause() throws Exception {
        ObjectNode tree = clusterTree();
        ((ObjectNode) tree.get("organiser")).remove("level");

        JsonMappingException e = fails(tree.toString(), Cluster.class);

        assertThat(path(e)).isEqualTo("organiser/level");
        assertThat(e.getCause()).isInstanceOf(MissingValueException.class);
    }

    @Test
    void unknownField_fails() throws Exception {
        ObjectNode tree = clusterTree();
        ((ObjectNode) tree.withArray("subGroups").get(0)).put("colour", "red");

        JsonMappingException e = fails(tree.toString(), Cluster.class);

        assertThat(e).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(path(e)).isEqualTo("subGroups/0/colour");
    }

    @Test
    void repeatedField_fails() {
        JsonMappingException e = fails("{\"vi\":\"a\",\"en\":\"b\",\"vi\":\"c\"}", io.github.thidua.core.Text.class);

        assertThat(path(e)).isEqualTo("vi");
    }

    @Test
    void duplicateMemberId_failsWithTheDomainsReasonAsCause() throws Exception {
        ObjectNode tree = clusterTree();
        ArrayNode members = tree.withArray("members");
        ((ObjectNode) members.get(3)).put("id", members.get(0).get("id").asText());

        JsonMappingException e = fails(tree.toString(), Cluster.class);

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        ValidationException cause = (ValidationException) e.getCause();
        assertThat(cause.type()).isEqualTo("Cluster");
        assertThat(path(e)).isEqualTo("members");
    }

    @Test
    void domainRuleBrokenDeepInADocument_carriesTheFullPath() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(JSON.writeValueAsString(CoreSamples.covenant()));
        ObjectNode firstRoot =
                (ObjectNode) tree.with("scoringTable").withArray("roots").get(0);
        ((ObjectNode) firstRoot.withArray("children").get(1)).put("maxPoints", -1);

        JsonMappingException e = fails(tree.toString(), Covenant.class);

        assertThat(path(e)).isEqualTo("scoringTable/roots/0/children/1/maxPoints");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
    }

    @Test
    void badId_failsWithTheDomainsReason() {
        JsonMappingException e = fails("\"phú thọ\"", io.github.thidua.core.Id.class);

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
    }

    @Test
    void javaClassAsKind_readsAsACustomNameThatTheDomainRefuses() {
        JsonMappingException e = fails("{\"kind\":\"com.evil.X\",\"parameters\":{}}", CriterionKind.class);

        assertThat(path(e)).isEqualTo("kind");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).type()).isEqualTo("CustomKind");
    }

    @Test
    void classProperty_isAnUnknownPropertyNeverAType() {
        JsonMappingException builtIn =
                fails("{\"@class\":\"com.evil.X\",\"kind\":\"bonus\",\"pointsPerOccurrence\":1}", CriterionKind.class);
        JsonMappingException custom = fails("{\"kind\":\"my-kind\",\"@class\":\"com.evil.X\"}", CriterionKind.class);
        JsonMappingException cluster = fails("{\"@class\":\"com.evil.X\"}", Cluster.class);

        assertThat(builtIn).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(custom).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(cluster).isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void kindMissingOrNotAString_fails() {
        assertThat(path(fails("{\"pointsPerOccurrence\":1}", CriterionKind.class)))
                .isEqualTo("kind");
        assertThat(path(fails("{\"kind\":[\"bonus\"]}", CriterionKind.class))).isEqualTo("kind");
    }

    @Test
    void otherKindName_readsAsACustomKindWithItsParameters() throws Exception {
        CriterionKind kind =
                JSON.readValue("{\"kind\":\"village-rules\",\"parameters\":{\"min\":\"3\"}}", CriterionKind.class);

        assertThat(kind).isInstanceOf(CustomKind.class);
        assertThat(((CustomKind) kind).parameters()).containsEntry("min", "3");
    }

    @Test
    void points_acceptAStringAndKeepEveryDigit() throws Exception {
        assertThat(JSON.readValue("\"7.75\"", Points.class)).isEqualTo(Points.parse("7.75"));
        assertThat(JSON.readValue("0.100000000001", Points.class).toBigDecimal())
                .isEqualTo(new BigDecimal("0.100000000001"));
        assertThat(JSON.writeValueAsString(Points.of(100))).isEqualTo("100");
        assertThat(fails("\"seven\"", Points.class)).isNotNull();
        assertThat(fails("0.0000000000001", Points.class).getCause()).isInstanceOf(ValidationException.class);
    }

    @Test
    void names_areNormalisedToNfc() throws Exception {
        String decomposed = "Phu\u0301 Tho\u0323";

        assertThat(JSON.readValue(JSON.writeValueAsString(decomposed), Name.class)
                        .text())
                .isEqualTo("Phú Thọ");
    }

    @Test
    void period_datesThatDoNotFitTheKind_areRefusedByTheDomain() {
        JsonMappingException e =
                fails("{\"kind\":\"YEAR\",\"start\":\"2023-01-01\",\"end\":\"2023-06-30\"}", Period.class);

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(fails("{\"kind\":\"YEAR\",\"start\":\"2023-01-01\"}", Period.class)
                        .getCause())
                .isInstanceOf(MissingValueException.class);
        assertThat(path(fails("{\"kind\":\"DECADE\",\"start\":\"2023-01-01\",\"end\":\"2023-12-31\"}", Period.class)))
                .isEqualTo("kind");
        assertThat(path(fails("{\"kind\":\"YEAR\",\"start\":\"1/1/2023\",\"end\":\"2023-12-31\"}", Period.class)))
                .isEqualTo("start");
    }

    @Test
    void rounding_shapes() throws Exception {
        assertThat(JSON.readValue("{\"scale\":2,\"mode\":\"HALF_UP\"}", Rounding.class))
                .isEqualTo(Rounding.toScale(2, RoundingMode.HALF_UP));
        assertThat(JSON.readValue("{\"step\":0.25,\"mode\":\"HALF_UP\"}", Rounding.class))
                .isEqualTo(Rounding.toStep(new BigDecimal("0.25"), RoundingMode.HALF_UP));
        assertThat(JSON.readValue("{}", Rounding.class)).isEqualTo(Rounding.none());
        assertThat(fails("{\"scale\":2,\"step\":0.25,\"mode\":\"UP\"}", Rounding.class)
                        .getCause())
                .isInstanceOf(ValidationException.class);
        assertThat(fails("{\"scale\":2}", Rounding.class).getCause()).isInstanceOf(MissingValueException.class);
        assertThat(fails("{\"mode\":\"UP\"}", Rounding.class).getCause()).isInstanceOf(ValidationException.class);
    }

    @Test
    void absentDefaultsAndEmptyCollections_takeTheBuildersDefaults() throws Exception {
        assertThat(JSON.readValue("{\"kind\":\"qualitative\"}", CriterionKind.class))
                .isEqualTo(io.github.thidua.core.Qualitative.of());
        assertThat(JSON.readValue("{\"position\":2}", io.github.thidua.core.Rank.class))
                .isEqualTo(io.github.thidua.core.Rank.of(2));
        assertThat(JSON.readValue(
                        "{\"position\":2,\"tiedWith\":null,\"decidedBy\":null}", io.github.thidua.core.Rank.class))
                .isEqualTo(io.github.thidua.core.Rank.of(2));
    }
}
