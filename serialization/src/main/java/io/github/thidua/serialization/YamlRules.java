package io.github.thidua.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.thidua.core.Text;
import java.io.IOException;
import java.util.Set;

/**
 * A YAML parser that refuses what a thidua document never needs and a hostile one might use: a
 * tag other than the standard ones ({@code !!java.lang.Runtime}, {@code !custom}) and an alias
 * ({@code *name}); and that enforces {@link DocumentLimits#maxStringLength()} on text and keys,
 * which Jackson's YAML parser leaves unchecked.
 *
 * <p>Jackson never instantiates a tagged class, but it drops the tag silently, so a document that
 * names a Java class would be read as if it did not; and it reads an alias as the text of its
 * anchor's name, so {@code name: *ten} would quietly become the name "ten". Both are refused
 * instead, where they stand. Anchors alone change nothing and are let through.
 */
final class YamlRules extends TokenCheckingParser {

    /** The tags of YAML's core schema: they only say what the plain text already does. */
    private static final Set<String> STANDARD = Set.of(
            "tag:yaml.org,2002:str",
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:seq",
            "tag:yaml.org,2002:map");

    private static final String ALLOWED_VI =
            "không có thẻ, hoặc các thẻ chuẩn !!str, !!int, !!float, !!bool, !!null," + " !!seq, !!map";
    private static final String ALLOWED_EN =
            "no tag, or the standard tags !!str, !!int, !!float, !!bool, !!null," + " !!seq, !!map";

    private final YAMLParser yaml;
    private final int maxStringLength;

    private YamlRules(YAMLParser yaml, int maxStringLength) {
        super(yaml);
        this.yaml = yaml;
        this.maxStringLength = maxStringLength;
    }

    /**
     * Returns the parser with these rules when it reads YAML, or the parser itself.
     *
     * @param parser a parser, not null
     * @param limits the limits of the reader, whose string length the YAML parser does not
     *     enforce itself
     * @return the parser to read from
     */
    static JsonParser of(JsonParser parser, DocumentLimits limits) {
        return parser instanceof YAMLParser yaml ? new YamlRules(yaml, limits.maxStringLength()) : parser;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
            // Jackson's YAML parser applies the depth and number limits but not this one.
            int length = yaml.getTextLength();
            if (length > maxStringLength) {
                throw refused(
                        length + " characters",
                        Text.of(
                                "vượt giới hạn: chuỗi dài " + length + " ký tự, tối đa " + maxStringLength,
                                "exceeds a limit: a string of " + length + " characters, at most " + maxStringLength));
            }
        }
        if (t == null || t == JsonToken.FIELD_NAME || t.isStructEnd()) {
            return t;
        }
        if (yaml.isCurrentAlias()) {
            String name = yaml.getText();
            throw refused(
                    "*" + name,
                    Text.of(
                            "bí danh YAML '*" + name + "' không được hỗ trợ; cho phép: viết đầy đủ giá trị tại chỗ",
                            "YAML alias '*" + name + "' is not supported; allowed: the value written out in full"));
        }
        String tag = yaml.getTypeId();
        if (tag != null && !STANDARD.contains(tag)) {
            String shown = tag.startsWith("tag:yaml.org,2002:")
                    ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                    : tag.startsWith("tag:") ? "!<" + tag + ">" : "!" + tag;
            throw refused(
                    shown,
                    Text.of(
                            "thẻ YAML '" + shown + "' không được phép; cho phép: " + ALLOWED_VI,
                            "YAML tag '" + shown + "' is not allowed; allowed: " + ALLOWED_EN));
        }
        return t;
    }

    private Refusal refused(String value, Text problem) {
        JsonLocation at = yaml.currentTokenLocation();
        return new Refusal(new DocumentException(
                yaml.getParsingContext().pathAsPointer().toString(),
                at.getLineNr(),
                at.getColumnNr(),
                value,
                problem,
                null));
    }
}
