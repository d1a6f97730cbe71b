package io.github.talentrules.sheet;

import io.github.talentrules.Decision;
import java.util.List;
import java.util.Optional;

/**
 * One row of a sheet, decided or rejected.
 *
 * @param sheet the sheet's name (the file's name for a CSV)
 * @param number the line (CSV) or row (XLSX) number a person sees in the sheet
 * @param cells the row's cells as read, as text
 * @param decision the decision, unless the row could not be read as a case
 * @param errors why the row could not be read or decided, each naming its column; empty when decided
 */
public record Row(String sheet, long number, List<String> cells, Optional<Decision> decision, List<String> errors) {
    public Row {
        cells = List.copyOf(cells);
        errors = List.copyOf(errors);
    }
}
