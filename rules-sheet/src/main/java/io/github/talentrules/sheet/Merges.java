package io.github.talentrules.sheet;

import io.github.talentrules.explain.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The merged regions of one sheet, applied as its rows stream by. A region shows its top-left cell's
 * value in all its cells: a region down one column of data rows (是 merged over rows 3 to 5, one
 * 学位 for a group) gives that value to every row of it. Where that is not certain, each of the
 * region's data cells gets a problem naming the region: a region across several columns (which column
 * is the value for?) and one that spans the header and data rows. Regions in or above the header
 * row (a title, a header over two columns) are left as they are.
 */
final class Merges {
    /** The regions, by first row: {first row, first column, last row, last column}, from 1. */
    private final List<int[]> regions;
    private int next;
    /** The regions that reach the current row, with their top-left cell once read. */
    private final Map<int[], XlsxCell.Read> active = new HashMap<>();

    Merges(List<int[]> regions) {
        this.regions = regions;
    }

    boolean isEmpty() {
        return regions.isEmpty();
    }

    /**
     * Applies the regions to row {@code row}: keeps the top-left cell of each region that starts here,
     * and, in a data row ({@code header} is the header's row number, 0 before it is found; {@code own}
     * whether the row has a cell of its own, else it stays blank), gives each other cell of a region
     * its value or its problem, up to the header's {@code width} (a region merged across a whole row
     * does not give a row thousands of cells).
     */
    void apply(int row, int header, int width, boolean own, String sheet, List<String> cells, List<Input.Typed> typed, List<Text> problems) {
        for (Iterator<int[]> it = active.keySet().iterator(); it.hasNext(); ) {
            if (it.next()[2] < row) {
                it.remove();
            }
        }
        while (next < regions.size() && regions.get(next)[0] <= row) {
            int[] r = regions.get(next++);
            if (r[2] >= row) {
                active.put(r, XlsxCell.Read.BLANK);
            }
        }
        for (Map.Entry<int[], XlsxCell.Read> e : active.entrySet()) {
            int[] r = e.getKey();
            int first = r[1] - 1;
            if (r[0] == row && first < cells.size()) {
                e.setValue(new XlsxCell.Read(cells.get(first), typed.get(first), problems.get(first)));
            }
            XlsxCell.Read top = e.getValue();
            if (header == 0 || row <= header || !own || top.text().isBlank() && top.problem() == null) {
                continue;
            }
            Text problem = null;
            if (r[0] <= header) {
                problem = where(r, sheet).then(Text.of(" 跨越表头和数据行，无法确定各行的值：请取消合并，在每行分别填写",
                        " spans the header and data rows: what each row holds is not certain; unmerge it and fill in every row"));
            } else if (r[1] != r[3]) {
                problem = where(r, sheet).then(Text.of(" 横跨多列，无法确定其中的值属于哪一列：请取消合并，在每列分别填写",
                        " spans several columns: which column its value is for is not certain; unmerge it and fill in each column"));
            } else if (r[0] == row) {
                continue; // the top-left cell itself
            }
            for (int c = first; c < Math.min(r[3], Math.max(width, cells.size())); c++) {
                while (cells.size() <= c) {
                    cells.add("");
                    typed.add(null);
                    problems.add(null);
                }
                if (problem != null) {
                    problems.set(c, problem);
                } else {
                    cells.set(c, top.text());
                    typed.set(c, top.typed());
                    problems.set(c, top.problem());
                }
            }
        }
    }

    /** 工作表 名单 的合并单元格 B3:B5, sheet 名单, the merged region B3:B5. */
    private static Text where(int[] r, String sheet) {
        String ref = Input.column(r[1] - 1) + r[0] + ":" + Input.column(r[3] - 1) + r[2];
        return Text.of("工作表 " + sheet + " 的合并单元格 " + ref, "sheet " + sheet + ", the merged region " + ref);
    }
}
