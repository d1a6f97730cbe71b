package io.github.talentrules.service;

import io.github.talentrules.Language;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** What every handler reads from a request the same way: the language, dates, a JSON body or an upload within its limit. */
final class Requests {
    private Requests() {
    }

    /** {@code ?lang=zh|en}; Chinese when absent. */
    static Language language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null || lang.isBlank()) {
            return Language.ZH;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "zh" -> Language.ZH;
            case "en" -> Language.EN;
            default -> throw Problem.of(Problem.Kind.BAD_REQUEST, "语言须为 zh 或 en，而不是“" + lang + "”",
                    "the language must be zh or en, not '" + lang + "'").at("lang");
        };
    }

    /** The language of a request whose {@code lang} may itself be wrong: for its problem's words. */
    static Language languageOrChinese(Context ctx) {
        return "en".equalsIgnoreCase(String.valueOf(ctx.queryParam("lang")).trim()) ? Language.EN : Language.ZH;
    }

    /** An optional date query parameter, {@code YYYY-MM-DD}. */
    static Optional<LocalDate> date(Context ctx, String name) {
        String s = ctx.queryParam(name);
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.trim()));
        } catch (DateTimeParseException e) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "日期须写作 YYYY-MM-DD，而不是“" + s + "”",
                    "a date is written YYYY-MM-DD, not '" + s + "'").at(name);
        }
    }

    /** The media type of the request, lower case, without parameters; empty when none is given. */
    static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The body of a JSON request as text.
     *
     * @throws Problem 415 when it is not {@code application/json}, 413 over {@code limit} bytes, 400 when not UTF-8
     */
    static String jsonBody(Context ctx, long limit) {
        String type = mediaType(ctx);
        if (!type.equals("application/json")) {
            throw Problem.of(Problem.Kind.UNSUPPORTED_MEDIA_TYPE,
                    "请以 application/json 发送，而不是“" + (type.isEmpty() ? "（未指定）" : type) + "”",
                    "send application/json, not '" + (type.isEmpty() ? "(none)" : type) + "'").at("Content-Type");
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = readAtMost(in, limit, ctx.contentLength());
        } catch (IOException e) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "请求体未能读完", "the body could not be read to its end");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "请求体不是 UTF-8 文本", "the body is not UTF-8 text");
        }
    }

    /**
     * Copies a request body to {@code out}, refusing it as soon as it passes {@code limit} bytes (or
     * declares more in its Content-Length).
     *
     * @return the number of bytes copied
     * @throws Problem 413 over the limit
     */
    static long copyAtMost(Context ctx, OutputStream out, long limit) throws IOException {
        refuseDeclared(ctx.contentLength(), limit);
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }

    private static byte[] readAtMost(InputStream in, long limit, long declared) throws IOException {
        refuseDeclared(declared, limit);
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        return bytes;
    }

    private static void refuseDeclared(long declared, long limit) {
        if (declared > limit) {
            throw tooLarge(limit);
        }
    }

    static Problem tooLarge(long limit) {
        return Problem.of(Problem.Kind.TOO_LARGE, "请求内容超过上限 " + limit + " 字节", "the content is over the limit of " + limit + " bytes");
    }
}
