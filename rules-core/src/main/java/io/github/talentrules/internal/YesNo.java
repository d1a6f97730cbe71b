package io.github.talentrules.internal;

import java.util.Locale;
import java.util.Optional;

/** The words a sheet cell may use for yes and no, one list for case sheets and scenario sheets alike. */
public final class YesNo {
    private YesNo() {
    }

    /** {@code true} for yes (是, 有, √, yes, y, true, 1...), {@code false} for no; empty for anything else. */
    public static Optional<Boolean> read(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "有", "√", "✓", "对" -> Optional.of(true);
            case "false", "no", "n", "0", "否", "无", "没有", "×", "✗", "不是" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
