package io.github.thidua.examples.cli;

/** How {@code rank} prints its result. */
enum OutputFormat {
    /** An aligned text table. */
    TABLE,
    /** The result document ({@code kind: result}) in JSON. */
    JSON,
    /** The result document in YAML. */
    YAML,
    /** Comma-separated values with a header row (RFC 4180 quoting). */
    CSV,
    /** A Markdown table. */
    MARKDOWN
}
