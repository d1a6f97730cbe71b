package io.github.talentrules;

import java.util.Locale;

/** The languages explanations are given in. */
public enum Language {
    ZH, EN;

    /** Parses {@code zh} or {@code en}, in any case. */
    public static Language parse(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown language '" + code + "': use zh or en", e);
        }
    }

    public String pick(String zh, String en) {
        return this == ZH || en == null || en.isEmpty() ? zh : en;
    }
}
