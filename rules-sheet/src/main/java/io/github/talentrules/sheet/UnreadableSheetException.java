package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;

/**
 * A file that cannot be read as a sheet at all: its encoding, its bytes, a bound of a workbook or of
 * a CSV row. The message names the file (and the line, part or cell), in one line, in either
 * language ({@link #message(Language)}); {@link #getMessage()} is the English one, for logs.
 */
public final class UnreadableSheetException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final transient Text why;

    UnreadableSheetException(String file, Text why) {
        this(file, why, null);
    }

    UnreadableSheetException(String file, Text why, Throwable cause) {
        super(file + ": " + why.en(), cause);
        this.file = file;
        this.why = why;
    }

    /** The whole message in {@code language}: the file and what is wrong with it. */
    public String message(Language language) {
        return file + ": " + why.in(language);
    }

    /** What is wrong with the file, in both languages. */
    Text why() {
        return why;
    }
}
