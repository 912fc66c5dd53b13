package io.github.thidua.serialization;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.serialization.internal.CoreTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes thidua's documents in JSON or YAML: a {@code kind}, a format {@code version}
 * and a {@code body} holding the value.
 *
 * <pre>{@code
 * Covenant covenant = Documents.yaml().read(DocumentKind.COVENANT, Path.of("covenant.yaml"));
 * String json = Documents.json().write(DocumentKind.RESULT, evaluation);
 * }</pre>
 *
 * <p>A document is read whole or not at all; every problem is a {@link DocumentException} with
 * the JSON Pointer, line and column, the bad value and what was expected. Reading enforces {@link
 * DocumentLimits}, rejects duplicate keys, unknown fields and unknown versions (by name), and
 * upgrades documents of older versions step by step. Decimals are read and written exactly. No
 * document can name a Java class. Immutable and thread-safe.
 */
public final class Documents {

    /** The formats a document may be written in. */
    public enum Format {
        /** JSON. */
        JSON,
        /** YAML, as rule authors write policies by hand. */
        YAML
    }

    private final Format format;
    private final DocumentLimits limits;
    private final List<DocumentUpgrade> upgrades;
    private final ObjectMapper mapper;

    private Documents(Format format, DocumentLimits limits, List<DocumentUpgrade> upgrades) {
        this.format = format;
        this.limits = limits;
        this.upgrades = List.copyOf(upgrades);
        this.mapper = mapper(format, limits);
    }

    /**
     * Returns a JSON reader and writer with the default limits.
     *
     * @return the documents
     */
    public static Documents json() {
        return new Documents(Format.JSON, DocumentLimits.defaults(), List.of());
    }

    /**
     * Returns a YAML reader and writer with the default limits.
     *
     * @return the documents
     */
    public static Documents yaml() {
        return new Documents(Format.YAML, DocumentLimits.defaults(), List.of());
    }

    /**
     * Returns the reader and writer for a file's extension: YAML for {@code .yaml} and {@code
     * .yml}, JSON otherwise.
     *
     * @param file the file, not null
     * @return the documents
     */
    public static Documents forFile(Path file) {
        String name = requireNonNull(file, "file").getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? yaml() : json();
    }

    /**
     * Returns a copy with other limits.
     *
     * @param newLimits the limits, not null
     * @return the new documents
     */
    public Documents withLimits(DocumentLimits newLimits) {
        return new Documents(format, requireNonNull(newLimits, "newLimits"), upgrades);
    }

    /**
     * Returns a copy that also applies these upgrade steps to older documents.
     *
     * @param steps the steps, not null
     * @return the new documents
     */
    public Documents withUpgrades(DocumentUpgrade... steps) {
        List<DocumentUpgrade> all = new ArrayList<>(upgrades);
        all.addAll(List.of(steps));
        return new Documents(format, limits, all);
    }

    /**
     * Returns the format.
     *
     * @return JSON or YAML
     */
    public Format format() {
        return format;
    }

    /**
     * Returns the Jackson mapper behind these documents, with {@link ThiDuaModule} registered, for
     * callers who read or write bare values.
     *
     * @return a copy of the configured mapper
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /**
     * Reads a document from a file.
     *
     * @param <T> the body's type
     * @param kind the kind expected, not null
     * @param file the file, not null
     * @return the body
     * @throws DocumentException if the document is malformed, of another kind or version, too
     *     large, or breaks a rule of the domain
     */
    public <T> T read(DocumentKind kind, Path file) {
        try (InputStream in = Files.newInputStream(requireNonNull(file, "file"))) {
            return read(kind, in);
        } catch (IOException e) {
            throw new DocumentException(
                    "",
                    -1,
                    -1,
                    file.toString(),
                    Text.of("không đọc được tệp: " + e.getMessage(), "cannot read the file: " + e.getMessage()),
                    e);
        }
    }

    /**
     * Reads a document from text.
     *
     * @param <T> the body's type
     * @param kind the kind expected, not null
     * @param text the document, not null
     * @return the body
     * @throws DocumentException as for {@link #read(DocumentKind, Path)}
     */
    public <T> T read(DocumentKind kind, String text) {
        return read(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document from a stream (which it does not close).
     *
     * @param <T> the body's type
     * @param kind the kind expected, not null
     * @param in the stream, not null
     * @return the body
     * @throws DocumentException as for {@link #read(DocumentKind, Path)}
     */
    public <T> T read(DocumentKind kind, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(kind, bytes);
    }

    /**
     * Opens a list document in a file to read its elements one at a time, without holding the
     * document: see {@link DocumentReader}. The envelope is checked now; {@code kind} and {@code
     * version} must come before {@code body}, as {@link #write(DocumentKind, Object)} writes them.
     *
     * <pre>{@code
     * try (DocumentReader<AssessmentSheet> sheets = Documents.json().stream(DocumentKind.ASSESSMENTS, file)) {
     *     while (sheets.hasNext()) {
     *         process(sheets.next());
     *     }
     * }
     * }</pre>
     *
     * <p>The limits apply to each element as they apply to a whole document, and the body may have
     * any number of elements: memory is that of one element, so the size of the file and the
     * length of the body are not limited. Older versions cannot be streamed: their upgrade steps
     * work on whole documents.
     *
     * @param <E> the element type: {@code AssessmentSheet}, {@code Vote} or {@code Covenant}
     * @param kind a kind whose body is a list ({@link DocumentKind#elementType()} is present), not
     *     null
     * @param file the file, not null; closing the reader closes it
     * @return the reader, standing before the first element
     * @throws ValidationException if the kind's body is not a list
     * @throws DocumentException if the file cannot be opened, or the envelope is malformed, of
     *     another kind or version, has a field other than kind, version and body, or gives the body
     *     before kind or version
     */
    public <E> DocumentReader<E> stream(DocumentKind kind, Path file) {
        listKind(kind);
        InputStream in;
        try {
            in = Files.newInputStream(requireNonNull(file, "file"));
        } catch (IOException e) {
            throw new DocumentException(
                    "",
                    -1,
                    -1,
                    file.toString(),
                    Text.of("không đọc được tệp: " + e.getMessage(), "cannot read the file: " + e.getMessage()),
                    e);
        }
        try {
            return stream(kind, in, in);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Opens a list document in a stream to read its elements one at a time: as {@link
     * #stream(DocumentKind, Path)}, but the stream stays open when the reader is closed.
     *
     * @param <E> the element type: {@code AssessmentSheet}, {@code Vote} or {@code Covenant}
     * @param kind a kind whose body is a list, not null
     * @param in the stream, not null; read as far as the reader reads, never closed by it
     * @return the reader, standing before the first element
     * @throws ValidationException if the kind's body is not a list
     * @throws DocumentException as for {@link #stream(DocumentKind, Path)}
     */
    public <E> DocumentReader<E> stream(DocumentKind kind, InputStream in) {
        listKind(kind);
        return stream(kind, requireNonNull(in, "in"), null);
    }

    private <E> DocumentReader<E> stream(DocumentKind kind, InputStream in, InputStream owned) {
        JsonParser parser;
        try {
            parser = mapper.createParser(in);
        } catch (IOException e) {
            throw Problems.of(e, "");
        }
        return DocumentReader.open(kind, mapper, limits, parser, owned);
    }

    /**
     * Starts a list document on a stream, to write its elements one at a time without holding the
     * list: see {@link DocumentWriter}. The text is the same as {@link #write(DocumentKind,
     * Object, OutputStream)} writes for the whole list.
     *
     * @param <E> the element type: {@code AssessmentSheet}, {@code Vote} or {@code Covenant}
     * @param kind a kind whose body is a list, not null
     * @param out the stream, not null; flushed when the writer is closed, never closed by it
     * @return the writer, with the envelope written up to the body's first element
     * @throws ValidationException if the kind's body is not a list
     * @throws UncheckedIOException if the stream cannot be written
     */
    public <E> DocumentWriter<E> streamWriter(DocumentKind kind, OutputStream out) {
        listKind(kind);
        return DocumentWriter.open(kind, mapper, requireNonNull(out, "out"));
    }

    private static void listKind(DocumentKind kind) {
        if (requireNonNull(kind, "kind").elementType().isEmpty()) {
            String lists = java.util.Arrays.stream(DocumentKind.values())
                    .filter(k -> k.elementType().isPresent())
                    .map(DocumentKind::documentName)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw ValidationException.invalid(
                    "Documents",
                    "kind",
                    kind.documentName(),
                    Text.of(
                            "nội dung của loại tài liệu này là một đối tượng, không phải một danh sách",
                            "documents of this kind have one object as their body, not a list"),
                    Text.of(lists, lists));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T read(DocumentKind kind, byte[] bytes) {
        requireNonNull(kind, "kind");
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentException(
                    "",
                    -1,
                    -1,
                    "> " + limits.maxBytes() + " bytes",
                    Text.of(
                            "tài liệu lớn hơn giới hạn " + limits.maxBytes() + " byte",
                            "the document is larger than the limit of " + limits.maxBytes() + " bytes"),
                    null);
        }
        JsonNode root = tree(bytes);
        int version = envelope(kind, root);
        checkSizes(root.get("body"), "/body");
        JavaType type = mapper.getTypeFactory().constructType(kind.bodyType());
        if (version < kind.currentVersion()) {
            JsonNode body = root.get("body").deepCopy();
            for (int v = version; v < kind.currentVersion(); v++) {
                body = upgrade(kind, v).upgrade(body);
            }
            try {
                return noNullElements((T) mapper.readerFor(type).readValue(body));
            } catch (IOException e) {
                throw Problems.of(e, "/body");
            }
        }
        try (JsonParser p = mapper.createParser(bytes)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("body")) {
                    T body = mapper.readerFor(type)
                            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .readValue(p);
                    return noNullElements(body);
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            throw Problems.of(e, "/body");
        }
        throw new IllegalStateException("the envelope was checked to hold a body");
    }

    /**
     * Reads the whole document as a tree, through the parser that refuses YAML tags and aliases;
     * whatever stops it is reported where the parser stood.
     */
    private JsonNode tree(byte[] bytes) {
        JsonParser parser = null;
        try {
            parser = YamlRules.of(mapper.createParser(bytes), limits);
            JsonNode root = parser.nextToken() == null
                    ? MissingNode.getInstance()
                    : mapper.reader()
                            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .readTree(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw Envelope.trailing(
                        after.asString() == null ? after.name() : after.asString(), at.getLineNr(), at.getColumnNr());
            }
            return root;
        } catch (IOException e) {
            throw Problems.of(e, "", parser);
        } catch (NumberFormatException e) {
            throw Problems.number(e, parser);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Bytes in memory: nothing to release.
                }
            }
        }
    }

    // A list body's null element would reach the caller as a null sheet, vote or covenant; the
    // schemas refuse it too.
    private static <T> T noNullElements(T body) {
        if (body instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw Envelope.missing(
                            "/body/" + i, -1, -1, "một phần tử, không phải null", "an element, not null");
                }
            }
        }
        return body;
    }

    private int envelope(DocumentKind kind, JsonNode root) {
        if (!root.isObject()) {
            throw Envelope.notAnObject(root.getNodeType().name(), -1, -1);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Envelope.FIELDS.contains(name)) {
                throw Envelope.unknownField(name, -1, -1);
            }
        }
        JsonNode kindNode = root.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            throw Envelope.missingKind(kind, -1, -1);
        }
        String name = kindNode.asText();
        if (!name.equals(kind.documentName())) {
            throw Envelope.wrongKind(kind, name, -1, -1);
        }
        JsonNode versionNode = root.get("version");
        if (versionNode == null || !versionNode.canConvertToExactIntegral() || !versionNode.canConvertToInt()) {
            throw Envelope.missingVersion(-1, -1);
        }
        int version = versionNode.asInt();
        if (version < 0 || version > kind.currentVersion()) {
            throw Envelope.unknownVersion(kind, version, -1, -1);
        }
        if (root.get("body") == null || root.get("body").isNull()) {
            throw Envelope.missingBody(-1, -1);
        }
        return version;
    }

    private DocumentUpgrade upgrade(DocumentKind kind, int from) {
        return upgrades.stream()
                .filter(u -> u.kind() == kind && u.fromVersion() == from)
                .findFirst()
                .orElseThrow(() -> new DocumentException(
                        "/version",
                        -1,
                        -1,
                        String.valueOf(from),
                        Text.of(
                                "không có bước nâng cấp từ phiên bản " + from + " của tài liệu '" + kind.documentName()
                                        + "'",
                                "no upgrade step from version " + from + " of '" + kind.documentName() + "' documents"),
                        null));
    }

    private void checkSizes(JsonNode node, String pointer) {
        if (node.size() > limits.maxElements()) {
            throw Envelope.tooManyElements(pointer, -1, -1, String.valueOf(node.size()), limits.maxElements());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSizes(node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkSizes(e.getValue(), pointer + "/" + Problems.escape(e.getKey()));
            }
        }
    }

    /**
     * Writes a document as text.
     *
     * @param kind the kind, not null
     * @param body the value, of the kind's body type; not null
     * @return the document
     */
    public String write(DocumentKind kind, Object body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(kind, body, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a document to a stream (which it does not close).
     *
     * @param kind the kind, not null
     * @param body the value, of the kind's body type; not null
     * @param out the stream, not null
     */
    public void write(DocumentKind kind, Object body, OutputStream out) {
        requireNonNull(kind, "kind");
        requireNonNull(body, "body");
        ObjectWriter writer = mapper.writer();
        try (JsonGenerator g = writer.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("kind", kind.documentName());
            g.writeNumberField("version", kind.currentVersion());
            g.writeFieldName("body");
            writer.forType(mapper.getTypeFactory().constructType(kind.bodyType()))
                    .writeValue(g, body);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper mapper(Format format, DocumentLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        MapperBuilder<?, ?> builder;
        if (format == Format.YAML) {
            // SnakeYAML's own cap of 3 MiB of characters would refuse YAML far below maxBytes, and a
            // streamed document has no size at all: the readers enforce the limits themselves.
            LoaderOptions loader = new LoaderOptions();
            loader.setCodePointLimit(Integer.MAX_VALUE);
            YAMLFactory factory = YAMLFactory.builder()
                    .loaderOptions(loader)
                    .streamReadConstraints(constraints)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build();
            builder = YAMLMapper.builder(factory);
        } else {
            JsonFactory factory =
                    JsonFactory.builder().streamReadConstraints(constraints).build();
            builder = JsonMapper.builder(factory);
        }
        return builder.addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new ThiDuaModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** Turns Jackson's and the domain's exceptions into one {@link DocumentException}. */
    static final class Problems {

        private Problems() {}

        static DocumentException of(Exception e, String prefix) {
            return of(e, prefix, null);
        }

        /**
         * As {@link #of(Exception, String)}, for a failure of {@code parser} itself: a limit it
         * enforces knows no place of its own, so the parser's place is reported.
         */
        static DocumentException of(Exception e, String prefix, JsonParser parser) {
            if (e instanceof DocumentException d) {
                return d;
            }
            DocumentException carried = Refusal.in(e);
            if (carried != null) {
                return carried;
            }
            JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            if (e instanceof StreamConstraintsException c) {
                String pointer = prefix;
                if (parser != null) {
                    pointer = parser.getParsingContext().pathAsPointer().toString();
                    JsonLocation here = parser.currentTokenLocation();
                    line = here.getLineNr();
                    column = here.getColumnNr();
                }
                return new DocumentException(
                        pointer,
                        line,
                        column,
                        null,
                        Text.of("vượt giới hạn: " + first(c), "exceeds a limit: " + first(c)),
                        e);
            }
            if (e instanceof JsonParseException p) {
                JsonParser processor = p.getProcessor();
                String pointer = processor == null
                        ? ""
                        : processor.getParsingContext().pathAsPointer().toString();
                String message = first(p);
                if (message.contains("Duplicate field")) {
                    return new DocumentException(
                            pointer,
                            line,
                            column,
                            null,
                            Text.of("khóa bị trùng: " + message, "duplicate key: " + message),
                            e);
                }
                return new DocumentException(
                        pointer, line, column, null, Text.of("lỗi cú pháp: " + message, "syntax error: " + message), e);
            }
            if (e instanceof JsonMappingException m) {
                String pointer = prefix + pointer(m.getPath());
                ValidationException domain = domainCause(e);
                if (domain != null) {
                    String field = CoreTypes.documentField(domain.type(), domain.field());
                    // A builder that lacks several fields names them all ("id, kind, name"): point
                    // at the first, and list them in the message.
                    String missing = "";
                    if (domain instanceof MissingValueException && field.contains(", ")) {
                        missing = " (" + field + ")";
                        field = field.substring(0, field.indexOf(", "));
                    }
                    String full = field.isEmpty() || SCALARS.contains(domain.type())
                            ? pointer
                            : join(pointer, fieldPointer(field));
                    return new DocumentException(
                            full,
                            line,
                            column,
                            domain.value().orElse(null),
                            Text.of(
                                    domain.problem().vi()
                                            + missing
                                            + domain.value()
                                                    .map(v -> "; giá trị: " + v)
                                                    .orElse("") + "; cho phép: "
                                            + domain.allowed().vi(),
                                    domain.problem().en()
                                            + missing
                                            + domain.value()
                                                    .map(v -> "; value: " + v)
                                                    .orElse("") + "; allowed: "
                                            + domain.allowed().en()),
                            e);
                }
                if (m instanceof UnrecognizedPropertyException u) {
                    String known = u.getKnownPropertyIds() == null ? "" : String.valueOf(u.getKnownPropertyIds());
                    return new DocumentException(
                            pointer,
                            line,
                            column,
                            u.getPropertyName(),
                            Text.of(
                                    "trường không xác định '" + u.getPropertyName() + "'; cho phép: " + known,
                                    "unknown field '" + u.getPropertyName() + "'; allowed: " + known),
                            e);
                }
                String value = m instanceof InvalidFormatException f ? String.valueOf(f.getValue()) : null;
                String message = first(m);
                return new DocumentException(
                        pointer,
                        line,
                        column,
                        value,
                        Text.of("giá trị không hợp lệ: " + message, "invalid value: " + message),
                        e);
            }
            return new DocumentException(
                    prefix,
                    line,
                    column,
                    null,
                    Text.of("không đọc được: " + e.getMessage(), "cannot read: " + e.getMessage()),
                    e);
        }

        /**
         * A number the parser cannot hold exactly (an exponent beyond what {@code BigDecimal}
         * takes, such as {@code 1e9999999999}), reported where the parser stood.
         */
        static DocumentException number(NumberFormatException e, JsonParser parser) {
            String pointer = "";
            int line = -1;
            int column = -1;
            String value = null;
            if (parser != null) {
                pointer = parser.getParsingContext().pathAsPointer().toString();
                JsonLocation at = parser.currentTokenLocation();
                line = at.getLineNr();
                column = at.getColumnNr();
                try {
                    value = parser.getText();
                } catch (IOException unreadable) {
                    value = null;
                }
            }
            String shown = value == null ? "" : "; giá trị: " + value;
            String shownEn = value == null ? "" : "; value: " + value;
            return new DocumentException(
                    pointer,
                    line,
                    column,
                    value,
                    Text.of(
                            "số ngoài phạm vi" + shown + "; cho phép: số thập phân như 7.75 hoặc 1E+6",
                            "number out of range" + shownEn + "; allowed: a decimal number such as 7.75 or 1E+6"),
                    e);
        }

        private static final Set<String> SCALARS =
                Set.of("Id", "Name", "Text", "Points", "Rounding", "Vnd", "Period", "Parameters", "value");

        // The reader may already have stepped into the property the domain names ("/members"
        // then "members[1].id"): join without repeating it.
        static String join(String pointer, String field) {
            int second = field.indexOf('/', 1);
            String first = second < 0 ? field : field.substring(0, second);
            return pointer.endsWith(first)
                    ? pointer.substring(0, pointer.length() - first.length()) + field
                    : pointer + field;
        }

        static String pointer(List<JsonMappingException.Reference> path) {
            StringBuilder out = new StringBuilder();
            for (JsonMappingException.Reference r : path) {
                if (r.getFieldName() != null) {
                    out.append('/').append(escape(r.getFieldName()));
                } else if (r.getIndex() >= 0) {
                    out.append('/').append(r.getIndex());
                }
            }
            return out.toString();
        }

        // "members[2].id" -> "/members/2/id"
        static String fieldPointer(String field) {
            StringBuilder out = new StringBuilder();
            for (String part : field.split("\\.")) {
                int bracket = part.indexOf('[');
                String name = bracket < 0 ? part : part.substring(0, bracket);
                if (!name.isEmpty()) {
                    out.append('/').append(escape(name));
                }
                while (bracket >= 0) {
                    int close = part.indexOf(']', bracket);
                    if (close < 0) {
                        break;
                    }
                    out.append('/').append(escape(part.substring(bracket + 1, close)));
                    bracket = part.indexOf('[', close);
                }
            }
            return out.toString();
        }

        static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }

        private static ValidationException domainCause(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ValidationException v) {
                    return v;
                }
            }
            return null;
        }

        private static String first(JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message == null) {
                return e.getClass().getSimpleName();
            }
            int end = message.indexOf('\n');
            // Java types are named without their packages, also inside generic ones
            // (`ArrayList<io.github.thidua.core.Covenant>`); the document's own text is left as it is.
            Matcher quoted = QUOTED.matcher(end < 0 ? message : message.substring(0, end));
            StringBuilder out = new StringBuilder();
            while (quoted.find()) {
                quoted.appendReplacement(
                        out,
                        Matcher.quoteReplacement(PACKAGE.matcher(quoted.group()).replaceAll("")));
            }
            return quoted.appendTail(out).toString();
        }

        private static final Pattern QUOTED = Pattern.compile("`[^`]*`");
        private static final Pattern PACKAGE = Pattern.compile("\\b[a-z]+(\\.[a-z0-9]+)*\\.(?=[A-Z])");
    }
}
