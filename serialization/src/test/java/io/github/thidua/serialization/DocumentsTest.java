package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private final Cluster cluster = CoreSamples.cluster();

    private static DocumentException failure(Runnable read) {
        try {
            read.run();
        } catch (DocumentException e) {
            return e;
        }
        throw new AssertionError("expected a DocumentException");
    }

    @Test
    void write_thenRead_givesTheSameClusterInJsonAndYaml() {
        for (Documents documents : List.of(Documents.json(), Documents.yaml())) {
            String text = documents.write(DocumentKind.CLUSTER, cluster);
            Cluster back = documents.read(DocumentKind.CLUSTER, text);
            assertThat(back).isEqualTo(cluster);
        }
    }

    @Test
    void write_putsKindAndVersionBeforeTheBody() {
        String json = Documents.json().write(DocumentKind.CLUSTER, cluster);
        assertThat(json).startsWith("{\n  \"kind\" : \"cluster\",\n  \"version\" : 1,\n  \"body\" : {");
        assertThat(Documents.yaml().write(DocumentKind.CLUSTER, cluster))
                .startsWith("kind: cluster\nversion: 1\nbody:\n");
    }

    @Test
    void read_listDocuments_readAssessmentSheets() {
        List<AssessmentSheet> sheets = List.of(CoreSamples.assessmentSheet());
        String text = Documents.yaml().write(DocumentKind.ASSESSMENTS, sheets);
        List<AssessmentSheet> back = Documents.yaml().read(DocumentKind.ASSESSMENTS, text);
        assertThat(back).isEqualTo(sheets);
    }

    @Test
    void read_bodyBeforeKind_isReadAllTheSame() {
        String body = Documents.json().mapper().valueToTree(cluster).toString();
        Cluster back = Documents.json()
                .read(DocumentKind.CLUSTER, "{\"body\":" + body + ",\"version\":1,\"kind\":\"cluster\"}");
        assertThat(back).isEqualTo(cluster);
    }

    @Test
    void read_unknownVersion_isRejectedByName() {
        DocumentException e = failure(
                () -> Documents.json().read(DocumentKind.CLUSTER, "{\"kind\":\"cluster\",\"version\":7,\"body\":{}}"));
        assertThat(e.pointer()).isEqualTo("/version");
        assertThat(e.getMessage())
                .contains("version 7 of 'cluster' documents is unknown; this library reads versions 1 to 1");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("phiên bản 7 của tài liệu 'cluster' không được hỗ trợ");
    }

    @Test
    void read_documentOfAnotherKind_isRejected() {
        String covenant = "{\"kind\":\"covenant\",\"version\":1,\"body\":{}}";
        DocumentException e = failure(() -> Documents.json().read(DocumentKind.CLUSTER, covenant));
        assertThat(e.pointer()).isEqualTo("/kind");
        assertThat(e.value()).contains("covenant");
    }

    @Test
    void read_unknownEnvelopeField_isRejected() {
        DocumentException e = failure(() -> Documents.json()
                .read(DocumentKind.CLUSTER, "{\"kind\":\"cluster\",\"version\":1,\"class\":\"x\",\"body\":{}}"));
        assertThat(e.pointer()).isEqualTo("/class");
        assertThat(e.getMessage()).contains("unknown field 'class'; allowed: kind, version, body");
    }

    @Test
    void read_syntaxError_givesLineAndColumn() {
        DocumentException e = failure(() ->
                Documents.json().read(DocumentKind.CLUSTER, "{\n  \"kind\": \"cluster\",\n  \"version\": 1,,\n}"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).contains("syntax error");
    }

    @Test
    void read_duplicateKey_isRejected() {
        DocumentException e = failure(() -> Documents.json()
                .read(DocumentKind.CLUSTER, "{\"kind\":\"cluster\",\"kind\":\"cluster\",\"version\":1,\"body\":{}}"));
        assertThat(e.getMessage()).contains("duplicate key");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void read_domainRuleBroken_pointsAtTheFieldInsideTheBody() {
        ObjectNode body = Documents.json().mapper().valueToTree(cluster);
        ((ObjectNode) body.withArray("members").get(1)).put("id", "ha-giang");
        String text = "{\n\"kind\": \"cluster\",\n\"version\": 1,\n\"body\": " + body.toPrettyString() + "\n}";
        DocumentException e = failure(() -> Documents.json().read(DocumentKind.CLUSTER, text));
        assertThat(e.pointer()).as(e.getMessage()).isEqualTo("/body/members/1/id");
        assertThat(e.value()).as(e.getMessage()).contains("ha-giang");
        assertThat(e.getMessage()).contains("repeats members[0]").contains("each value once");
        assertThat(e.getCause()).hasRootCauseInstanceOf(ValidationException.class);
        assertThat(e.line()).isPositive();
    }

    @Test
    void read_wrongType_pointsAtTheField() {
        ObjectNode body = Documents.json().mapper().valueToTree(cluster);
        body.put("number", "một");
        DocumentException e = failure(() -> Documents.json().read(DocumentKind.CLUSTER, envelope("cluster", body)));
        assertThat(e.pointer()).isEqualTo("/body/number");
    }

    @Test
    void read_unknownField_inTheBody_isRejectedWithItsPath() {
        ObjectNode body = Documents.json().mapper().valueToTree(cluster);
        body.put("colour", "red");
        DocumentException e = failure(() -> Documents.json().read(DocumentKind.CLUSTER, envelope("cluster", body)));
        assertThat(e.pointer()).isEqualTo("/body/colour");
        assertThat(e.getMessage()).contains("unknown field 'colour'");
    }

    @Test
    void read_nestingDeeperThanTheLimit_isRejected() {
        String deep = "[".repeat(200) + "]".repeat(200);
        DocumentException e = failure(() -> Documents.json()
                .read(DocumentKind.CLUSTER, "{\"kind\":\"cluster\",\"version\":1,\"body\":" + deep + "}"));
        assertThat(e.getMessage()).contains("exceeds a limit");
    }

    @Test
    void read_stringLongerThanTheLimit_isRejected() {
        Documents small = Documents.json().withLimits(new DocumentLimits(1 << 20, 64, 100, 64, 1000));
        String longName = "a".repeat(101);
        DocumentException e = failure(() -> small.read(
                DocumentKind.CLUSTER, "{\"kind\":\"cluster\",\"version\":1,\"body\":{\"id\":\"" + longName + "\"}}"));
        assertThat(e.getMessage()).contains("exceeds a limit");
    }

    @Test
    void read_documentLargerThanTheLimit_isRejectedBeforeParsing() {
        Documents tiny = Documents.json().withLimits(DocumentLimits.defaults().withMaxBytes(64));
        DocumentException e =
                failure(() -> tiny.read(DocumentKind.CLUSTER, Documents.json().write(DocumentKind.CLUSTER, cluster)));
        assertThat(e.getMessage()).contains("larger than the limit of 64 bytes");
    }

    @Test
    void read_arrayWithMoreElementsThanTheLimit_isRejected() {
        Documents few = Documents.json().withLimits(DocumentLimits.defaults().withMaxElements(3));
        DocumentException e =
                failure(() -> few.read(DocumentKind.CLUSTER, Documents.json().write(DocumentKind.CLUSTER, cluster)));
        assertThat(e.pointer()).isEqualTo("/body");
        assertThat(e.getMessage()).contains("too many elements (8); at most 3");
    }

    @Test
    void read_olderVersion_isUpgradedStepByStep() {
        DocumentUpgrade renameUnits = DocumentUpgrade.of(DocumentKind.CLUSTER, 0, body -> {
            ObjectNode c = (ObjectNode) body;
            c.set("members", c.remove("units"));
            return c;
        });
        ObjectNode old = Documents.json().mapper().valueToTree(cluster);
        old.set("units", old.remove("members"));
        String text = envelope("cluster", old).replace("\"version\":1", "\"version\":0");
        DocumentException refused = failure(() -> Documents.json().read(DocumentKind.CLUSTER, text));
        assertThat(refused.pointer()).isEqualTo("/version");
        assertThat(refused.getMessage()).contains("no upgrade step from version 0 of 'cluster' documents");
        Cluster back = Documents.json().withUpgrades(renameUnits).read(DocumentKind.CLUSTER, text);
        assertThat(back).isEqualTo(cluster);
    }

    @Test
    void read_covenantYaml_keepsDecimalsExact() {
        Covenant covenant = CoreSamples.covenant();
        String yaml = Documents.yaml().write(DocumentKind.COVENANT, covenant);
        Covenant back = Documents.yaml().read(DocumentKind.COVENANT, yaml);
        assertThat(back).isEqualTo(covenant);
        assertThat(back.targets())
                .extracting(t -> t.value().toPlainString())
                .containsExactlyElementsOf(covenant.targets().stream()
                        .map(t -> t.value().toPlainString())
                        .toList());
    }

    @Test
    void read_nullElementOfAList_isRefusedAtItsPointer() {
        DocumentException e = failure(() -> Documents.json()
                .read(DocumentKind.ASSESSMENTS, "{\"kind\":\"assessments\",\"version\":1,\"body\":[null]}"));
        assertThat(e.pointer()).isEqualTo("/body/0");
        assertThat(e.getMessage()).contains("an element, not null");
    }

    @Test
    void read_yamlOfMoreThanSnakeYamlsOwnCap_isReadUpToTheSizeLimit() {
        // SnakeYAML refuses more than 3 MiB of characters unless told otherwise.
        AssessmentSheet.Builder sheet = AssessmentSheet.builder()
                .unit(io.github.thidua.core.Id.of("phu-tho"))
                .period(io.github.thidua.core.Period.year(2023));
        for (int i = 0; i < 8; i++) {
            sheet.addEntries(io.github.thidua.core.Assessment.builder()
                    .criterion("I." + i)
                    .evidence("Biên bản kiểm tra số " + i + ": " + "đạt ".repeat(480))
                    .build());
        }
        List<AssessmentSheet> sheets = java.util.Collections.nCopies(250, sheet.build());
        String yaml = Documents.yaml().write(DocumentKind.ASSESSMENTS, sheets);
        assertThat(yaml.length()).isGreaterThan(3 << 20);

        List<AssessmentSheet> back = Documents.yaml().read(DocumentKind.ASSESSMENTS, yaml);

        assertThat(back).hasSize(250).containsOnly(sheet.build());
    }

    private static String envelope(String kind, JsonNode body) {
        return "{\"kind\":\"" + kind + "\",\"version\":1,\"body\":" + body + "}";
    }

    // ---- what the reader refuses on its own parser

    private static final String CLUSTER_YAML = Documents.yaml().write(DocumentKind.CLUSTER, CoreSamples.cluster());

    @Test
    void read_yamlTagNamingAJavaClass_isRefusedWhereItStands() {
        String tagged = CLUSTER_YAML.replaceFirst("\n  id: ", "\n  id: !!java.lang.Runtime ");
        DocumentException e = failure(() -> Documents.yaml().read(DocumentKind.CLUSTER, tagged));
        assertThat(e.pointer()).isEqualTo("/body/id");
        assertThat(e.getMessage()).contains("YAML tag '!!java.lang.Runtime' is not allowed");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("thẻ YAML");
        // The standard tags only say what plain YAML says.
        Cluster back =
                Documents.yaml().read(DocumentKind.CLUSTER, CLUSTER_YAML.replaceFirst("\n  id: ", "\n  id: !!str "));
        assertThat(back).isEqualTo(cluster);
    }

    @Test
    void read_yamlAlias_isRefused_notReadAsTheNameOfItsAnchor() {
        String aliased = CLUSTER_YAML
                .replaceFirst("\n  id: (\\S+)", "\n  id: &cum $1")
                .replaceFirst("\n  kind: CLUSTER", "\n  kind: *cum");
        DocumentException e = failure(() -> Documents.yaml().read(DocumentKind.CLUSTER, aliased));
        assertThat(e.pointer()).isEqualTo("/body/kind");
        assertThat(e.getMessage()).contains("YAML alias '*cum' is not supported");
    }

    @Test
    void read_yamlStringLongerThanTheLimit_isRefused_asJsonIs() {
        Documents small = Documents.yaml().withLimits(new DocumentLimits(1 << 20, 64, 100, 64, 1000));
        DocumentException e = failure(() ->
                small.read(DocumentKind.CLUSTER, "kind: cluster\nversion: 1\nbody:\n  id: " + "a".repeat(101) + "\n"));
        assertThat(e.pointer()).isEqualTo("/body/id");
        assertThat(e.getMessage()).contains("exceeds a limit: a string of 101 characters, at most 100");
    }

    @Test
    void read_numberBeyondWhatADecimalHolds_isADocumentException_atTheNumber() {
        String text = "{\"kind\":\"cluster\",\"version\":1,\"body\":{\"members\":[{\"headCount\":1e9999999999}]}}";
        DocumentException e = failure(() -> Documents.json().read(DocumentKind.CLUSTER, text));
        assertThat(e.pointer()).isEqualTo("/body/members/0/headCount");
        assertThat(e.getMessage()).contains("number out of range; value: 1e9999999999");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void read_numberLongerThanTheLimit_pointsAtTheNumber() {
        String text = "{\"kind\":\"cluster\",\"version\":1,\"body\":{\"number\":" + "9".repeat(65) + "}}";
        DocumentException e = failure(() -> Documents.json().read(DocumentKind.CLUSTER, text));
        assertThat(e.pointer()).isEqualTo("/body/number");
        assertThat(e.getMessage()).contains("exceeds a limit");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void read_contentAfterTheDocument_isRefused_inTheWordsOfTheStreamingReader() {
        String text = Documents.json().write(DocumentKind.CLUSTER, cluster) + "{}";
        DocumentException e = failure(() -> Documents.json().read(DocumentKind.CLUSTER, text));
        assertThat(e.pointer()).isEmpty();
        assertThat(e.getMessage()).contains("content after the end of the document; allowed: one document");
        assertThat(e.line()).isPositive();
    }

    // ---- pointers into what the domain refuses

    @Test
    void read_bodyLackingSeveralFields_pointsAtTheFirst_andNamesThemAll() {
        DocumentException e = failure(() -> Documents.json()
                .read(DocumentKind.CLUSTER, "{\"kind\":\"cluster\",\"version\":1,\"body\":{\"number\":1}}"));
        assertThat(e.pointer()).isEqualTo("/body/id");
        assertThat(e.getMessage()).contains("missing (id, kind, name, organiser)");
    }

    @Test
    void read_nullInAListOrAMap_pointsAtItsIndexOrKey() {
        ObjectNode body = Documents.json().mapper().valueToTree(cluster);
        body.withArray("members").insertNull(1);
        DocumentException inList =
                failure(() -> Documents.json().read(DocumentKind.CLUSTER, envelope("cluster", body)));
        assertThat(inList.pointer()).isEqualTo("/body/members/1");
        assertThat(inList.getMessage()).contains("a null element; allowed: an element, not null");

        ObjectNode sheet = Documents.json().mapper().valueToTree(CoreSamples.assessmentSheet());
        ((ObjectNode) sheet.withArray("entries").get(0)).putObject("points").putNull("FINAL");
        DocumentException inMap = failure(() -> Documents.json()
                .read(DocumentKind.ASSESSMENTS, "{\"kind\":\"assessments\",\"version\":1,\"body\":[" + sheet + "]}"));
        assertThat(inMap.pointer()).isEqualTo("/body/0/entries/0/points/FINAL");
    }

    @Test
    void read_customKindNamedByAClass_pointsAtItsKindField() {
        String yaml = Documents.yaml()
                .write(DocumentKind.COVENANT, CoreSamples.covenant())
                .replaceFirst("kind: monthly-report", "kind: com.example.Rule");
        DocumentException e = failure(() -> Documents.yaml().read(DocumentKind.COVENANT, yaml));
        assertThat(e.pointer()).endsWith("/kind/kind");
        assertThat(e.getMessage()).contains("\"com.example.Rule\"");
    }

    @Test
    void read_wrongTypeOfAListBody_namesJavaTypesWithoutTheirPackages() {
        DocumentException e = failure(() -> Documents.json()
                .read(DocumentKind.ASSESSMENTS, "{\"kind\":\"assessments\",\"version\":1,\"body\":{}}"));
        assertThat(e.getMessage()).contains("`ArrayList<AssessmentSheet>`").doesNotContain("io.github");
    }
}
