package io.github.talentrules.internal;

/**
 * Full-width characters folded to their ASCII forms, as a Chinese input method types them into a
 * cell: {@code ＣＮ} is {@code CN}, {@code １２０} is {@code 120}, {@code （）} are {@code ()}, the
 * ideographic space is a space and {@code ￥} is {@code ¥}. Nothing else changes: {@code 、} and
 * {@code 。} have no ASCII form and stay as they are.
 */
public final class Width {
    private Width() {
    }

    /** {@code text} with every full-width form (U+FF01 to U+FF5E, U+3000, U+FFE5) replaced by its half-width form. */
    public static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char h = half(c);
            if (h != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(h);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char half(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000' -> ' ';
            case '\uFFE5' -> '\u00A5';
            default -> c;
        };
    }
}
