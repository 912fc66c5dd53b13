package io.github.thidua.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.thidua.core.Cluster;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the results of a batch as they arrive, one cluster at a time, never holding them:
 *
 * <ul>
 *   <li>{@code csv}: one header, then a row per unit with the cluster's id first;
 *   <li>{@code table}, {@code markdown}: one section per cluster, as for a single cluster;
 *   <li>{@code json}: JSON Lines, one whole result document ({@code kind: result}) per line, so each
 *       line can be read, validated and processed on its own as it arrives;
 *   <li>{@code yaml}: a YAML stream, one result document per cluster, each starting with {@code ---}.
 * </ul>
 */
abstract class BatchOutput {

    /** Where the text goes. */
    final Writer out;

    /** The language of names and labels. */
    final Locale locale;

    private BatchOutput(Writer out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    static BatchOutput of(OutputFormat format, Writer out, Locale locale) {
        return switch (format) {
            case CSV -> new Csv(out, locale);
            case TABLE -> new Sections(out, locale, false);
            case MARKDOWN -> new Sections(out, locale, true);
            case JSON -> new JsonLines(out, locale);
            case YAML -> new YamlStream(out, locale);
        };
    }

    /** Writes what comes before the first cluster. */
    void start() throws IOException {}

    /** Writes one cluster's results and flushes, so a reader downstream sees them now. */
    final void write(Evaluation evaluation, Cluster cluster) throws IOException {
        cluster(evaluation, cluster);
        out.flush();
    }

    abstract void cluster(Evaluation evaluation, Cluster cluster) throws IOException;

    private static final class Csv extends BatchOutput {

        Csv(Writer out, Locale locale) {
            super(out, locale);
        }

        @Override
        void start() throws IOException {
            out.write(RankingTable.BATCH_CSV_HEADER);
        }

        @Override
        void cluster(Evaluation evaluation, Cluster cluster) throws IOException {
            out.write(RankingTable.of(evaluation, cluster, locale)
                    .csvRows(cluster.id().value()));
        }
    }

    private static final class Sections extends BatchOutput {

        private final boolean markdown;
        private boolean first = true;

        Sections(Writer out, Locale locale, boolean markdown) {
            super(out, locale);
            this.markdown = markdown;
        }

        @Override
        void cluster(Evaluation evaluation, Cluster cluster) throws IOException {
            if (!first) {
                out.write('\n');
            }
            first = false;
            RankingTable table = RankingTable.of(evaluation, cluster, locale);
            out.write(markdown ? table.markdown() : table.table());
        }
    }

    private static final class JsonLines extends BatchOutput {

        // The library's mapper, without indentation: one document per line.
        private final ObjectMapper mapper = Documents.json().mapper().disable(SerializationFeature.INDENT_OUTPUT);

        JsonLines(Writer out, Locale locale) {
            super(out, locale);
        }

        @Override
        void cluster(Evaluation evaluation, Cluster cluster) throws IOException {
            JsonGenerator g = mapper.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("kind", DocumentKind.RESULT.documentName());
            g.writeNumberField("version", DocumentKind.RESULT.currentVersion());
            g.writeFieldName("body");
            mapper.writerFor(Evaluation.class).writeValue(g, evaluation);
            g.writeEndObject();
            g.close();
            out.write('\n');
        }
    }

    private static final class YamlStream extends BatchOutput {

        private final Documents yaml = Documents.yaml();

        YamlStream(Writer out, Locale locale) {
            super(out, locale);
        }

        @Override
        void cluster(Evaluation evaluation, Cluster cluster) throws IOException {
            out.write("---\n");
            String document = yaml.write(DocumentKind.RESULT, evaluation);
            out.write(document);
            if (!document.endsWith("\n")) {
                out.write('\n');
            }
        }
    }
}
