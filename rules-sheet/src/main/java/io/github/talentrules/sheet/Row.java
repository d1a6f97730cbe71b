package io.github.talentrules.sheet;

import io.github.talentrules.Decision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a sheet, decided or rejected.
 *
 * @param sheet the sheet's name (the file's name for a CSV)
 * @param number the line (CSV) or row (XLSX) number a person sees in the sheet
 * @param cells the row's cells as read, as text
 * @param decision the decision, unless the row could not be read as a case
 * @param errors why the row could not be read or decided, each naming its column; empty when decided
 * @param unread the row's cells under the headers no programme reads (序号, 姓名, 工作单位, or a
 *        misspelt header), by header, in sheet order: who the row is, and what was not read
 */
public record Row(String sheet, long number, List<String> cells, Optional<Decision> decision, List<String> errors,
                  Map<String, String> unread) {
    public Row {
        cells = List.copyOf(cells);
        errors = List.copyOf(errors);
        unread = Collections.unmodifiableMap(new LinkedHashMap<>(unread));
    }

    /** A row with no unread cells (a case decided from code). */
    public Row(String sheet, long number, List<String> cells, Optional<Decision> decision, List<String> errors) {
        this(sheet, number, cells, decision, errors, Map.of());
    }
}
