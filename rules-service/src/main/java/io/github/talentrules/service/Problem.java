package io.github.talentrules.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talentrules.Language;
import java.util.List;
import java.util.Objects;

/**
 * An answer that is not a result: RFC 9457 problem details ({@code application/problem+json}), with
 * the title and detail in the request's language and, where one is at fault, the field or row.
 * Thrown by the handlers, written by {@link DecisionService}; never carries a stack trace out.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of problem the service answers, each with its status and its title in both languages. */
    enum Kind {
        INVALID_CASE(400, "invalid-case", "案例填写有误", "The case cannot be read as written"),
        BAD_REQUEST(400, "bad-request", "请求有误", "Bad request"),
        INVALID_SHEET(400, "invalid-sheet", "表格无法读取", "The sheet cannot be read"),
        UNAUTHORIZED(401, "unauthorized", "需要访问令牌", "A bearer token is required"),
        NOT_FOUND(404, "not-found", "未找到", "Not found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "不支持该请求方法", "Method not allowed"),
        NOT_READY(409, "not-ready", "表格仍在判定中", "The sheet is still being checked"),
        TOO_LARGE(413, "too-large", "请求内容过大", "Content too large"),
        TOO_MANY_ROWS(413, "too-many-rows", "表格行数超过上限", "Too many rows"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "不支持的内容类型", "Unsupported media type"),
        INTERNAL(500, "internal", "服务内部错误", "Internal error"),
        BUSY(503, "busy", "服务繁忙，请稍后再试", "Busy: try again shortly"),
        TIMEOUT(503, "timeout", "处理超时", "Timed out");

        final int status;
        final String slug;
        final String zh;
        final String en;

        Kind(int status, String slug, String zh, String en) {
            this.status = status;
            this.slug = slug;
            this.zh = zh;
            this.en = en;
        }

        /** The problem type: a URN that names the kind; {@code docs/service.md} lists them. */
        String type() {
            return "urn:talent-rules:problem:" + slug;
        }
    }

    /** One of several faults of a request (the cases of a batch), each naming its field. */
    record Fault(String field, String detail) {
    }

    private final Kind kind;
    private final String zh;
    private final String en;
    private final String field;
    private final Long row;
    private final List<Fault> faults;

    private Problem(Kind kind, String zh, String en, String field, Long row, List<Fault> faults) {
        super(kind.slug + ": " + en, null, false, false);
        this.kind = kind;
        this.zh = Objects.requireNonNull(zh);
        this.en = Objects.requireNonNull(en);
        this.field = field;
        this.row = row;
        this.faults = List.copyOf(faults);
    }

    /** A problem whose detail reads {@code zh} in Chinese and {@code en} in English. */
    static Problem of(Kind kind, String zh, String en) {
        return new Problem(kind, zh, en, null, null, List.of());
    }

    /** The same problem, naming the field at fault ({@code facts.birthDate}, {@code lang}). */
    Problem at(String fieldName) {
        return new Problem(kind, zh, en, fieldName, row, faults);
    }

    /** The same problem, naming the row at fault. */
    Problem atRow(long number) {
        return new Problem(kind, zh, en, field, number, faults);
    }

    /** The same problem, listing every fault found. */
    Problem with(List<Fault> all) {
        return new Problem(kind, zh, en, field, row, all);
    }

    Kind kind() {
        return kind;
    }

    /** The field at fault, or {@code otherwise}. */
    String fieldOr(String otherwise) {
        return field != null ? field : otherwise;
    }

    int status() {
        return kind.status;
    }

    String detail(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The problem details as JSON, in {@code language}; {@code instance} is the request's path. */
    ObjectNode toJson(Language language, String instance) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", kind.type());
        o.put("title", language == Language.ZH ? kind.zh : kind.en);
        o.put("status", kind.status);
        o.put("detail", detail(language));
        if (instance != null) {
            o.put("instance", instance);
        }
        if (field != null) {
            o.put("field", field);
        }
        if (row != null) {
            o.put("row", row);
        }
        if (!faults.isEmpty()) {
            var a = o.putArray("errors");
            faults.forEach(f -> a.addObject().put("field", f.field()).put("detail", f.detail()));
        }
        return o;
    }
}
