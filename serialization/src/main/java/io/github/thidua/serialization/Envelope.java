package io.github.thidua.serialization;

import io.github.thidua.core.Text;
import java.util.Set;

/**
 * The problems an envelope ({@code kind}, {@code version}, {@code body}) can have, worded once
 * for the whole-document reader and the streaming reader, so both refuse alike.
 */
final class Envelope {

    /** The fields of every document. */
    static final Set<String> FIELDS = Set.of("kind", "version", "body");

    private Envelope() {}

    static DocumentException notAnObject(String found, int line, int column) {
        return new DocumentException(
                "",
                line,
                column,
                found,
                Text.of(
                        "tài liệu không phải một đối tượng; cần {kind, version, body}",
                        "the document is not an object; expected {kind, version, body}"),
                null);
    }

    static DocumentException unknownField(String name, int line, int column) {
        return new DocumentException(
                "/" + Documents.Problems.escape(name),
                line,
                column,
                name,
                Text.of(
                        "trường không xác định '" + name + "'; cho phép: kind, version, body",
                        "unknown field '" + name + "'; allowed: kind, version, body"),
                null);
    }

    static DocumentException missingKind(DocumentKind kind, int line, int column) {
        return missing(
                "/kind",
                line,
                column,
                "tên loại tài liệu",
                "the document kind, such as \"" + kind.documentName() + "\"");
    }

    static DocumentException wrongKind(DocumentKind kind, String name, int line, int column) {
        return new DocumentException(
                "/kind",
                line,
                column,
                name,
                Text.of(
                        "tài liệu loại '" + name + "', cần '" + kind.documentName() + "'",
                        "a document of kind '" + name + "' where '" + kind.documentName() + "' was expected"),
                null);
    }

    static DocumentException missingVersion(int line, int column) {
        return missing(
                "/version", line, column, "số phiên bản định dạng (số nguyên)", "the format version, a whole number");
    }

    static DocumentException unknownVersion(DocumentKind kind, int version, int line, int column) {
        String name = kind.documentName();
        return new DocumentException(
                "/version",
                line,
                column,
                String.valueOf(version),
                Text.of(
                        "phiên bản " + version + " của tài liệu '" + name
                                + "' không được hỗ trợ; thư viện đọc phiên bản 1 đến " + kind.currentVersion(),
                        "version " + version + " of '" + name
                                + "' documents is unknown; this library reads versions 1 to "
                                + kind.currentVersion()),
                null);
    }

    static DocumentException missingBody(int line, int column) {
        return missing("/body", line, column, "nội dung tài liệu", "the document's body");
    }

    static DocumentException missing(String pointer, int line, int column, String vi, String en) {
        return new DocumentException(
                pointer,
                line,
                column,
                null,
                Text.of("thiếu hoặc sai kiểu; cần " + vi, "missing or of the wrong type; expected " + en),
                null);
    }

    static DocumentException trailing(String found, int line, int column) {
        return new DocumentException(
                "",
                line,
                column,
                found,
                Text.of(
                        "còn nội dung sau khi tài liệu kết thúc; cho phép: một tài liệu",
                        "content after the end of the document; allowed: one document"),
                null);
    }

    static DocumentException tooManyElements(String pointer, int line, int column, String count, int limit) {
        return new DocumentException(
                pointer,
                line,
                column,
                count + " elements",
                Text.of(
                        "quá nhiều phần tử (" + count + "); tối đa " + limit,
                        "too many elements (" + count + "); at most " + limit),
                null);
    }
}
