package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.PhaseMethod;
import io.github.thidua.scoring.spi.CollectiveStanding;
import io.github.thidua.serialization.Documents;
import io.github.thidua.serialization.scenario.Expectation.Property;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads scenario files ({@code kind: scenario}, version 1) in YAML or JSON, by extension.
 *
 * <pre>{@code
 * kind: scenario
 * version: 1
 * body:
 *   name: "Cụm số 2, năm 2023"
 *   source: "Seed 002; scores are illustrative"
 *   inputs: {covenant: covenant-2023.yaml, policy: policy-2023.yaml, assessments: assessments-2023.yaml}
 *   expect:
 *     - {unit: phu-tho, rank: 1, band: excellent, proposals: [ministry-province-flag]}
 * }</pre>
 *
 * <p>The body's fields: {@code name} and {@code inputs} (with {@code covenant}) are required;
 * {@code source}, {@code notes} and {@code expect} are optional. Each {@code expect} entry names
 * one subject and the properties expected of it:
 *
 * <ul>
 *   <li>{@code unit} with any of {@code total}, {@code rank}, {@code band}, {@code proposals} (award
 *       kind ids; {@code []} for no proposal), {@code cash} (VND); or {@code criterion} with
 *       {@code points}; or {@code group} with {@code subtotal} (the group's points after its
 *       rounding and cap); {@code decidedBy} (the tie-breaker that separated the unit from those
 *       level with it on total, {@code unresolved} for a tie nothing separated, {@code none} when
 *       it was level with nobody) and {@code tiedWith} (the units it is still tied with, {@code
 *       []} for none); {@code status} (the award decision: {@code proposed}, {@code
 *       cut-by-quota}, {@code ineligible}, {@code undecided-at-quota-line}, {@code
 *       not-qualified}) and/or {@code reason} (a fragment of the decision's explanation, in
 *       either language), both for the unit's overall decision or, with {@code award} (an award
 *       kind id), for the last step of the ladder giving that award which the unit reached; or
 *       {@code progress} (a share, 0.55 for 55 %) with an optional {@code indicator}; or {@code
 *       phase: {rank, score}};
 *   <li>{@code vote} with {@code elected} and/or {@code decided};
 *   <li>{@code document} (a path) with {@code kind} (covenant, policy, cluster, ...);
 *   <li>{@code role} (head, deputy, host) with {@code year} and {@code holder};
 *   <li>{@code recipient} with {@code awarded} (an award kind id), optional {@code year} and
 *       optional {@code cash} (the VND the policy's cash table gives that recorded award on its
 *       {@code decidedOn} date, or on the scenario's {@code decisionDate});
 *   <li>{@code refused}: a fragment of the message (in either language) with which the engine
 *       refuses the inputs, such as {@code "no pledged target"}; without such an entry a refusal
 *       makes the scenario unreadable.
 * </ul>
 *
 * <p>Besides the documents, {@code inputs} may give what the award ladder's eligibility checks
 * read: {@code history} (an award-records document, {@code kind: awards}, of past awards), {@code
 * standings} (member id → {@code {headCount, completedTasks, advancedWorkers, grassrootsFighters,
 * disciplinedAtWarningOrAbove}}), {@code disciplinePending} and {@code underInvestigation} (lists
 * of member ids).
 *
 * <p>Unknown fields, duplicate keys, a missing required field, an entry that mixes subjects or a
 * property that does not apply to its subject fail with a {@link ScenarioFileException} naming the
 * file, the JSON Pointer, line and column. Paths in {@code inputs} are relative to the scenario
 * file. Stateless and thread-safe.
 */
public final class ScenarioReader {

    /** The document kind of scenario files. */
    public static final String KIND = "scenario";

    /** The format version this reader reads. */
    public static final int VERSION = 1;

    // A Documents builds its Jackson mapper when made; scenarios share two instead of building one
    // per file read. Both are immutable and thread-safe.
    private static final Documents YAML = Documents.yaml();
    private static final Documents JSON = Documents.json();

    private ScenarioReader() {}

    /**
     * Returns the reader for a file's extension, as {@link Documents#forFile(Path)} does: YAML for
     * {@code .yaml} and {@code .yml}, JSON otherwise; one shared instance of each.
     *
     * @param file the file, not null
     * @return the documents
     */
    static Documents documents(Path file) {
        String name = requireNonNull(file, "file").getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file, {@code .yaml}/{@code .yml} for YAML, otherwise JSON; not null
     * @return the scenario, with its paths resolved against the file's folder
     * @throws ScenarioFileException if the file cannot be read or is not a valid scenario
     */
    public static Scenario read(Path file) {
        Body body = readBody(file, KIND, VERSION, Body.class, ScenarioReader::checkEntryFields);
        return body.toScenario(file);
    }

    /**
     * Reads the body of a document of a kind this module defines ({@code scenario}, {@code
     * awards}), keeping lines and columns for errors.
     *
     * @param <T> the body's type
     * @param file the file, not null
     * @param kind the expected kind, not null
     * @param version the newest version understood
     * @param type the body's type, not null
     * @return the body
     * @throws ScenarioFileException if the file cannot be read or the document is not valid
     */
    static <T> T readBody(Path file, String kind, int version, java.lang.reflect.Type type) {
        return readBody(file, kind, version, type, (f, root) -> {});
    }

    // Jackson builds a record before it reports the record's unknown fields, so an entry's own
    // checks would hide a misspelt key: look for unknown keys first.
    private static void checkEntryFields(Path file, JsonNode root) {
        JsonNode expect = root.path("body").path("expect");
        Set<String> known = new TreeSet<>();
        for (var c : Entry.class.getRecordComponents()) {
            known.add(c.getName());
        }
        for (int i = 0; i < expect.size(); i++) {
            for (var names = expect.get(i).fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw new ScenarioFileException(
                            file,
                            "/body/expect/" + i + "/" + name,
                            -1,
                            -1,
                            name,
                            Text.of(
                                    "trường không xác định '" + name + "'; cho phép: " + known,
                                    "unknown field '" + name + "'; allowed: " + known),
                            null);
                }
            }
        }
    }

    private static <T> T readBody(
            Path file,
            String kind,
            int version,
            java.lang.reflect.Type type,
            java.util.function.BiConsumer<Path, JsonNode> precheck) {
        requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioFileException(
                    file,
                    "",
                    -1,
                    -1,
                    file.toString(),
                    Text.of("không đọc được tệp: " + e, "cannot read the file: " + e),
                    e);
        }
        ObjectMapper mapper = documents(file).mapper();
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            throw problem(file, e, "");
        }
        envelope(file, root, kind, version);
        precheck.accept(file, root);
        try (JsonParser p = mapper.createParser(bytes)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME && !p.currentName().equals("body")) {
                p.nextToken();
                p.skipChildren();
            }
            p.nextToken();
            return mapper.readerFor(mapper.getTypeFactory().constructType(type))
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(p);
        } catch (IOException | RuntimeException e) {
            throw problem(file, e, "/body");
        }
    }

    /**
     * Checks a document's envelope: an object with exactly {@code kind}, {@code version} and
     * {@code body}, of the expected kind and a version from 1 to {@code version}.
     *
     * @param file the file, for messages; not null
     * @param root the document, not null
     * @param kind the expected kind, not null
     * @param version the newest version understood
     * @throws ScenarioFileException if the envelope is wrong
     */
    static void envelope(Path file, JsonNode root, String kind, int version) {
        if (!root.isObject()) {
            throw bad(
                    file,
                    "",
                    "tài liệu không phải một đối tượng {kind, version, body}",
                    "the document is not an object {kind, version, body}");
        }
        for (var names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("kind", "version", "body").contains(name)) {
                throw bad(
                        file,
                        "/" + name,
                        "trường không xác định '" + name + "'; cho phép: kind, version, body",
                        "unknown field '" + name + "'; allowed: kind, version, body");
            }
        }
        JsonNode k = root.get("kind");
        if (k == null || !k.isTextual() || !k.asText().equals(kind)) {
            String found = k == null ? "nothing" : k.toString();
            throw bad(
                    file,
                    "/kind",
                    "cần kind: " + kind + ", có " + found,
                    "expected kind: " + kind + " but found " + found);
        }
        JsonNode v = root.get("version");
        if (v == null || !v.canConvertToExactIntegral() || v.asInt() < 1 || v.asInt() > version) {
            throw bad(
                    file,
                    "/version",
                    "phiên bản không được hỗ trợ; cho phép: 1 đến " + version,
                    "unknown version " + v + "; allowed: 1 to " + version);
        }
        if (root.get("body") == null || root.get("body").isNull()) {
            throw bad(file, "/body", "thiếu nội dung (body)", "the body is missing");
        }
    }

    private static ScenarioFileException bad(Path file, String pointer, String vi, String en) {
        return new ScenarioFileException(file, pointer, -1, -1, null, Text.of(vi, en), null);
    }

    /**
     * Turns a Jackson or domain failure into a {@link ScenarioFileException}.
     *
     * @param file the file, not null
     * @param e the failure, not null
     * @param prefix the pointer of the part being read
     * @return the exception
     */
    static ScenarioFileException problem(Path file, Exception e, String prefix) {
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        String pointer = prefix;
        if (e instanceof JsonMappingException m) {
            StringBuilder out = new StringBuilder(prefix);
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    out.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
                } else if (r.getIndex() >= 0) {
                    out.append('/').append(r.getIndex());
                }
            }
            pointer = out.toString();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = String.valueOf(new TreeSet<>(
                    u.getKnownPropertyIds().stream().map(String::valueOf).toList()));
            return new ScenarioFileException(
                    file,
                    pointer,
                    line,
                    column,
                    u.getPropertyName(),
                    Text.of(
                            "trường không xác định '" + u.getPropertyName() + "'; cho phép: " + known,
                            "unknown field '" + u.getPropertyName() + "'; allowed: " + known),
                    e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof ThiDuaException) {
                String message = t instanceof ThiDuaException d ? d.getMessage(Locale.ENGLISH) : t.getMessage();
                String vi = t instanceof ThiDuaException d ? d.getMessage(Text.VIETNAMESE) : t.getMessage();
                return new ScenarioFileException(file, pointer, line, column, null, Text.of(vi, message), e);
            }
        }
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        message = String.valueOf(message).lines().findFirst().orElse("").replaceAll("`[a-z]+(\\.[a-z0-9]+)+\\.", "`");
        return new ScenarioFileException(
                file,
                pointer,
                line,
                column,
                null,
                Text.of("giá trị không hợp lệ: " + message, "invalid value: " + message),
                e);
    }

    // The body as written. Jackson binds these records; their constructors say what is wrong.

    private record Body(
            @JsonProperty(required = true) String name,
            String source,
            List<String> notes,
            @JsonProperty(required = true) Inputs inputs,
            List<Entry> expect) {

        Scenario toScenario(Path file) {
            // Paths stay as relative as the file's own, so that reports stay short.
            Path dir = file.getParent() == null ? Path.of("") : file.getParent();
            List<Expectation> expectations = new ArrayList<>();
            List<Entry> entries = expect == null ? List.of() : expect;
            for (int i = 0; i < entries.size(); i++) {
                expectations.addAll(entries.get(i).toExpectations(i));
            }
            return new Scenario(
                    file,
                    name,
                    source == null ? "" : source,
                    notes == null ? List.of() : notes,
                    inputs.resolve(dir),
                    expectations);
        }
    }

    private record Inputs(
            @JsonProperty(required = true) String covenant,
            String policy,
            String assessments,
            String ballots,
            String awards,
            List<String> documents,
            LocalDate decisionDate,
            Map<String, Map<String, BigDecimal>> progress,
            Phase phase,
            String history,
            Map<String, Standing> standings,
            List<String> disciplinePending,
            List<String> underInvestigation) {

        Inputs {
            if ((assessments != null) && policy == null) {
                throw new IllegalArgumentException("'assessments' needs a 'policy' to be scored");
            }
            if (phase != null && policy == null) {
                throw new IllegalArgumentException("a 'phase' needs a 'policy' to score its years");
            }
            boolean eligibility =
                    history != null || standings != null || disciplinePending != null || underInvestigation != null;
            if (eligibility && assessments == null) {
                throw new IllegalArgumentException(
                        "'history', 'standings', 'disciplinePending' and"
                                + " 'underInvestigation' feed the award ladder of an evaluation: add 'policy' and 'assessments'");
            }
            // Ids are checked here, where a bad one is reported with its place in the file.
            ids(standings == null ? List.of() : standings.keySet());
            ids(disciplinePending);
            ids(underInvestigation);
        }

        private static Set<Id> ids(java.util.Collection<String> values) {
            Set<Id> out = new java.util.LinkedHashSet<>();
            if (values != null) {
                values.forEach(v -> out.add(Id.of(v)));
            }
            return out;
        }

        ScenarioInputs resolve(Path dir) {
            Map<Id, Map<Id, BigDecimal>> actuals = new LinkedHashMap<>();
            if (progress != null) {
                progress.forEach((unit, values) -> {
                    Map<Id, BigDecimal> byIndicator = new LinkedHashMap<>();
                    values.forEach((indicator, value) -> byIndicator.put(Id.of(indicator), value));
                    actuals.put(Id.of(unit), byIndicator);
                });
            }
            return new ScenarioInputs(
                    dir.resolve(covenant),
                    Optional.ofNullable(policy).map(dir::resolve),
                    Optional.ofNullable(assessments).map(dir::resolve),
                    Optional.ofNullable(ballots).map(dir::resolve),
                    Optional.ofNullable(awards).map(dir::resolve),
                    documents == null
                            ? List.of()
                            : documents.stream().map(dir::resolve).toList(),
                    Optional.ofNullable(decisionDate),
                    actuals,
                    Optional.ofNullable(phase).map(p -> p.resolve(dir)),
                    Optional.ofNullable(history).map(dir::resolve),
                    resolvedStandings(),
                    ids(disciplinePending),
                    ids(underInvestigation));
        }

        private Map<Id, CollectiveStanding> resolvedStandings() {
            Map<Id, CollectiveStanding> out = new LinkedHashMap<>();
            if (standings != null) {
                standings.forEach((unit, standing) -> out.put(Id.of(unit), standing.toStanding()));
            }
            return out;
        }
    }

    // What is known of a member's people this year, as written; checked when read.
    private record Standing(
            @JsonProperty(required = true) Integer headCount,
            Integer completedTasks,
            Integer advancedWorkers,
            Integer grassrootsFighters,
            Integer disciplinedAtWarningOrAbove) {

        Standing {
            // Fields are assigned only when a compact constructor ends: check the parameters.
            standing(headCount, completedTasks, advancedWorkers, grassrootsFighters, disciplinedAtWarningOrAbove);
        }

        CollectiveStanding toStanding() {
            return standing(
                    headCount, completedTasks, advancedWorkers, grassrootsFighters, disciplinedAtWarningOrAbove);
        }

        private static CollectiveStanding standing(
                Integer headCount, Integer completed, Integer advanced, Integer grassroots, Integer disciplined) {
            if (headCount == null) {
                throw new IllegalArgumentException("'headCount' is required");
            }
            CollectiveStanding.Builder b = CollectiveStanding.builder().headCount(headCount);
            if (completed != null) {
                b.completedTasks(completed);
            }
            if (advanced != null) {
                b.advancedWorkers(advanced);
            }
            if (grassroots != null) {
                b.grassrootsFighters(grassroots);
            }
            if (disciplined != null) {
                b.disciplinedAtWarningOrAbove(disciplined);
            }
            return b.build();
        }
    }

    private record Phase(
            @JsonProperty(required = true) Integer from,
            @JsonProperty(required = true) Integer to,
            @JsonProperty(required = true) String method,
            @JsonProperty(required = true) Map<Integer, String> years,
            List<String> bands) {

        Phase {
            if (method != null) {
                method(method);
            }
        }

        private static PhaseMethod method(String name) {
            return Arrays.stream(PhaseMethod.values())
                    .filter(m -> m.name().equalsIgnoreCase(name.replace('-', '_')))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown phase method '" + name + "'; allowed: " + Arrays.toString(PhaseMethod.values())));
        }

        ScenarioPhase resolve(Path dir) {
            Map<Year, Path> byYear = new LinkedHashMap<>();
            years.forEach((year, path) -> byYear.put(Year.of(year), dir.resolve(path)));
            return new ScenarioPhase(from, to, method(method), bands == null ? List.of() : bands, byYear);
        }
    }

    private record PhaseExpect(Integer rank, BigDecimal score) {
        PhaseExpect {
            if (rank == null && score == null) {
                throw new IllegalArgumentException("'phase' expects 'rank' and/or 'score'");
            }
        }
    }

    private record Entry(
            String unit,
            BigDecimal total,
            Integer rank,
            String band,
            List<String> proposals,
            Long cash,
            String criterion,
            BigDecimal points,
            BigDecimal progress,
            String indicator,
            PhaseExpect phase,
            String group,
            BigDecimal subtotal,
            String decidedBy,
            List<String> tiedWith,
            String award,
            String status,
            String reason,
            String vote,
            List<String> elected,
            Boolean decided,
            String document,
            String kind,
            String role,
            Integer year,
            String holder,
            String recipient,
            String awarded,
            String refused) {

        Entry {
            long subjects = java.util.stream.Stream.of(unit, vote, document, role, recipient, refused)
                    .filter(java.util.Objects::nonNull)
                    .count();
            if (subjects != 1) {
                throw new IllegalArgumentException(
                        "an expectation names exactly one of unit, vote, document, role, recipient, refused; found "
                                + subjects);
            }
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("total", total);
            set.put("rank", rank);
            set.put("band", band);
            set.put("proposals", proposals);
            set.put("cash", cash);
            set.put("criterion", criterion);
            set.put("points", points);
            set.put("progress", progress);
            set.put("indicator", indicator);
            set.put("phase", phase);
            set.put("group", group);
            set.put("subtotal", subtotal);
            set.put("decidedBy", decidedBy);
            set.put("tiedWith", tiedWith);
            set.put("award", award);
            set.put("status", status);
            set.put("reason", reason);
            set.put("elected", elected);
            set.put("decided", decided);
            set.put("kind", kind);
            set.put("year", year);
            set.put("holder", holder);
            set.put("awarded", awarded);
            set.values().removeIf(java.util.Objects::isNull);
            Set<String> allowed;
            List<String> required = List.of();
            if (unit != null) {
                allowed = Set.of(
                        "total",
                        "rank",
                        "band",
                        "proposals",
                        "cash",
                        "criterion",
                        "points",
                        "progress",
                        "indicator",
                        "phase",
                        "group",
                        "subtotal",
                        "decidedBy",
                        "tiedWith",
                        "award",
                        "status",
                        "reason");
                if ((criterion == null) != (points == null)) {
                    throw new IllegalArgumentException("'criterion' and 'points' go together");
                }
                if ((group == null) != (subtotal == null)) {
                    throw new IllegalArgumentException("'group' and 'subtotal' go together");
                }
                if (indicator != null && progress == null) {
                    throw new IllegalArgumentException("'indicator' needs 'progress'");
                }
                if (award != null && status == null && reason == null) {
                    throw new IllegalArgumentException("'award' needs 'status' and/or 'reason'");
                }
                if (status != null) {
                    statusCode(status);
                }
                if (reason != null && reason.isBlank()) {
                    throw new IllegalArgumentException("'reason' is blank; give a fragment of the explanation");
                }
                if (set.isEmpty()) {
                    throw new IllegalArgumentException("unit '" + unit + "' expects nothing; add total, rank, band,"
                            + " proposals, cash, criterion+points, group+subtotal, decidedBy, tiedWith, status,"
                            + " reason, progress or phase");
                }
            } else if (vote != null) {
                allowed = Set.of("elected", "decided");
                if (set.isEmpty()) {
                    throw new IllegalArgumentException("vote '" + vote + "' expects nothing; add elected or decided");
                }
            } else if (document != null) {
                allowed = Set.of("kind");
                required = List.of("kind");
            } else if (role != null) {
                allowed = Set.of("year", "holder");
                required = List.of("year", "holder");
            } else if (recipient != null) {
                allowed = Set.of("awarded", "year", "cash");
                required = List.of("awarded");
            } else {
                allowed = Set.of();
                if (refused.isBlank()) {
                    throw new IllegalArgumentException("'refused' is blank; give a fragment of the engine's message");
                }
            }
            for (String key : set.keySet()) {
                if (!allowed.contains(key)) {
                    throw new IllegalArgumentException("'" + key + "' does not apply here; allowed with this subject: "
                            + (allowed.isEmpty() ? "nothing else" : new TreeSet<>(allowed)));
                }
            }
            for (String key : required) {
                if (!set.containsKey(key)) {
                    throw new IllegalArgumentException("missing '" + key + "'");
                }
            }
        }

        List<Expectation> toExpectations(int i) {
            List<Expectation> out = new ArrayList<>();
            if (unit != null) {
                add(out, i, Property.TOTAL, unit, null, total == null ? null : total.toPlainString());
                add(out, i, Property.RANK, unit, null, rank == null ? null : rank.toString());
                add(out, i, Property.BAND, unit, null, band);
                add(out, i, Property.PROPOSALS, unit, null, proposals == null ? null : String.join(", ", proposals));
                add(out, i, Property.CASH, unit, null, cash == null ? null : cash.toString());
                add(out, i, Property.CRITERION_POINTS, unit, criterion, points == null ? null : points.toPlainString());
                add(out, i, Property.SUBTOTAL, unit, group, subtotal == null ? null : subtotal.toPlainString());
                add(out, i, Property.DECIDED_BY, unit, null, decidedBy);
                add(out, i, Property.TIED_WITH, unit, null, tiedWith == null ? null : String.join(", ", tiedWith));
                add(out, i, Property.AWARD_STATUS, unit, award, status == null ? null : statusCode(status));
                add(out, i, Property.AWARD_REASON, unit, award, reason);
                add(out, i, Property.PROGRESS, unit, indicator, progress == null ? null : progress.toPlainString());
                if (phase != null) {
                    add(
                            out,
                            i,
                            Property.PHASE_RANK,
                            unit,
                            null,
                            phase.rank() == null ? null : phase.rank().toString());
                    add(
                            out,
                            i,
                            Property.PHASE_SCORE,
                            unit,
                            null,
                            phase.score() == null ? null : phase.score().toPlainString());
                }
            } else if (vote != null) {
                add(out, i, Property.ELECTED, vote, null, elected == null ? null : String.join(", ", elected));
                add(out, i, Property.DECIDED, vote, null, decided == null ? null : decided.toString());
            } else if (document != null) {
                add(out, i, Property.DOCUMENT, document, null, kind);
            } else if (role != null) {
                add(out, i, Property.ROLE, role, year.toString(), holder);
            } else if (recipient != null) {
                add(out, i, Property.AWARDED, recipient, year == null ? null : year.toString(), awarded);
                add(
                        out,
                        i,
                        Property.RECORD_CASH,
                        recipient,
                        awarded + (year == null ? "" : " " + year),
                        cash == null ? null : cash.toString());
            } else {
                add(out, i, Property.REFUSED, REFUSED_SUBJECT, null, refused);
            }
            return out;
        }

        private static void add(List<Expectation> out, int i, Property p, String subject, String q, String value) {
            if (value != null) {
                out.add(new Expectation(i, p, subject, Optional.ofNullable(q), value));
            }
        }
    }

    /** The subject of a {@link Property#REFUSED} expectation. */
    static final String REFUSED_SUBJECT = "evaluation";

    /**
     * Returns an award status as scenarios write it: {@code proposed}, {@code cut-by-quota},
     * {@code ineligible}, {@code undecided-at-quota-line} or {@code not-qualified}.
     *
     * @param status the status, not null
     * @return the code
     */
    static String statusCode(AwardStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // Reads a status as written, in any case, with - or _.
    private static String statusCode(String written) {
        String normal = written.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(AwardStatus.values())
                .filter(s -> s.name().equals(normal))
                .findFirst()
                .map(ScenarioReader::statusCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown award status '" + written + "'; allowed: "
                        + String.join(
                                ", ",
                                Arrays.stream(AwardStatus.values())
                                        .map(ScenarioReader::statusCode)
                                        .toList())));
    }
}
