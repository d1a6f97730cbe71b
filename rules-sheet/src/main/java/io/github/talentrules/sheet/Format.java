package io.github.talentrules.sheet;

import io.github.talentrules.explain.Text;

import java.nio.file.Path;
import java.util.Locale;

/** The formats a sheet is read from and written to. */
public enum Format {
    /** Comma-separated values; read as UTF-8 (with or without BOM), GBK or GB18030, written as UTF-8 with a BOM for Excel. */
    CSV,
    /** An Excel workbook (Office Open XML); every visible sheet is read. */
    XLSX,
    /** JSON lines, output only: one object per row with its cells, its decision and its error. */
    JSONL;

    /**
     * The format a file name implies: {@code .csv}, {@code .xlsx}, {@code .jsonl} or {@code .ndjson}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Format of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XLSX;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableSheetException(file.toString(), new Text("不读取旧的 .xls 格式；请把表格另存为 .xlsx 或 .csv",
                    "the old .xls format is not read; save the sheet as .xlsx or .csv"));
        }
        throw new UnreadableSheetException(file.toString(), new Text("无法从文件名判断格式；请用 .csv、.xlsx 或 .jsonl",
                "cannot tell the format from the name; use .csv, .xlsx or .jsonl"));
    }

    /** Parses {@code csv}, {@code xlsx} or {@code jsonl}, in any case. */
    public static Format parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use csv, xlsx or jsonl", e);
        }
    }
}
