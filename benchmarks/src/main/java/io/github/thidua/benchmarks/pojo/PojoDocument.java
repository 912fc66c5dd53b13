package io.github.thidua.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The envelope of an {@code assessments} document: {@code kind}, {@code version}, {@code body}. */
@JsonPropertyOrder({"kind", "version", "body"})
public class PojoDocument {

    /** The document kind, {@code assessments}. */
    public String kind;

    /** The format version. */
    public int version;

    /** The sheets. */
    public List<SheetPojo> body;

    /** Creates an empty document for Jackson to fill. */
    public PojoDocument() {}
}
