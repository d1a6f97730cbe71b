package io.github.talentrules.internal;

import java.util.Optional;

/**
 * The name of a value in one record of a list, {@code experts[1].activityDays}, or of the record
 * itself, {@code experts[1]}: the list's name, the record's place (counted from 0, as the case's list
 * holds it) and the field, if any. The one reading of such names, asked of every value a decision
 * explains, so read by hand: a list or field name is ASCII letters, digits and {@code _}; a place is
 * ASCII digits.
 */
public record RecordName(String list, int index, Optional<String> field) {

    /** The name read, or empty where it names no record ({@code age}, {@code intl-training.funding-tiers[1].from}). */
    public static Optional<RecordName> parse(String name) {
        int close = placeEnd(name);
        if (close < 0) {
            return Optional.empty();
        }
        int open = name.indexOf('[');
        Optional<String> field = Optional.empty();
        if (close + 1 < name.length()) {
            String f = name.substring(close + 2);
            if (f.isEmpty() || !word(f, 0, f.length())) {
                return Optional.empty();
            }
            field = Optional.of(f);
        }
        long index = Long.parseLong(name, open + 1, close, 10);
        return index > Integer.MAX_VALUE ? Optional.empty() : Optional.of(new RecordName(name.substring(0, open), (int) index, field));
    }

    /**
     * The record a name is in, {@code experts[1]} of {@code experts[1].activityDays} and of
     * {@code experts[1]} (and of {@code experts[1].x.y}, a value inside a record's field); else null.
     */
    public static String place(String name) {
        int close = placeEnd(name);
        return close < 0 ? null : name.substring(0, close + 1);
    }

    /** The record itself: {@code experts[1]}. */
    public String place() {
        return list + "[" + index + "]";
    }

    /** Where {@code ]} closes {@code list[digits]} at the start of the name, followed by the end or a dot; else -1. */
    private static int placeEnd(String name) {
        int open = name.indexOf('[');
        if (open <= 0 || !word(name, 0, open)) {
            return -1;
        }
        int close = open + 1;
        while (close < name.length() && name.charAt(close) >= '0' && name.charAt(close) <= '9') {
            close++;
        }
        if (close == open + 1 || close >= name.length() || name.charAt(close) != ']') {
            return -1;
        }
        return close + 1 == name.length() || name.charAt(close + 1) == '.' ? close : -1;
    }

    private static boolean word(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
