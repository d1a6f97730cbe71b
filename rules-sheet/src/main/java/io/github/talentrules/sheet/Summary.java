package io.github.talentrules.sheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.explain.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sheet came to: rows by programme and outcome, the funding committed, the rows in error,
 * and the findings that span rows. Immutable; texts are in the language the check was built with.
 */
public final class Summary {
    /** Rows with findings across rows that {@link #text()} lists; {@link #acrossRows()} has them all. */
    static final int SHOWN_ROWS = 20;
    private final long rows;
    private final long errors;
    private final Map<String, Map<Outcome, Long>> outcomes;
    private final BigDecimal eligibleFunding;
    private final BigDecimal reviewFunding;
    private final long notSummed;
    private final List<String> acrossFindings;
    private final List<String> acrossRows;
    private final List<String> unreadColumns;
    private final List<String> layout;
    private final Language language;

    Summary(long rows, long errors, Map<String, Map<Outcome, Long>> outcomes, BigDecimal eligibleFunding,
            BigDecimal reviewFunding, long notSummed, List<String> acrossFindings, List<String> acrossRows,
            List<String> unreadColumns, List<String> layout, Language language) {
        this.rows = rows;
        this.errors = errors;
        Map<String, Map<Outcome, Long>> copy = new LinkedHashMap<>();
        outcomes.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
        this.outcomes = Collections.unmodifiableMap(copy);
        this.eligibleFunding = eligibleFunding;
        this.reviewFunding = reviewFunding;
        this.notSummed = notSummed;
        this.acrossFindings = List.copyOf(acrossFindings);
        this.acrossRows = List.copyOf(acrossRows);
        this.unreadColumns = List.copyOf(unreadColumns);
        this.layout = List.copyOf(layout);
        this.language = language;
    }

    /** Rows read, headers not counted. */
    public long rows() {
        return rows;
    }

    /** Rows with an error cell: not read or not decided. */
    public long errors() {
        return errors;
    }

    /** Decided rows by programme id, then by outcome; outcomes no row had are absent. */
    public Map<String, Map<Outcome, Long>> outcomes() {
        return outcomes;
    }

    /** The number of decided rows with this outcome, over all programmes. */
    public long count(Outcome outcome) {
        return outcomes.values().stream().mapToLong(m -> m.getOrDefault(outcome, 0L)).sum();
    }

    /** The sum of the exact amounts in yuan of the ELIGIBLE rows. */
    public BigDecimal eligibleFunding() {
        return eligibleFunding;
    }

    /** The sum of the exact amounts in yuan of the NEEDS_REVIEW rows: committed if the reviews pass. */
    public BigDecimal reviewFunding() {
        return reviewFunding;
    }

    /** Eligible or review rows whose funding is a cap, a range, per month or year, or unstated: not in the sums. */
    public long notSummed() {
        return notSummed;
    }

    /** The findings over the sheet as a whole (a quota, a target), one a line, in words. */
    public List<String> acrossFindings() {
        return acrossFindings;
    }

    /** The findings of rules over the sheet that concern one row (one applicant per company), one a line with its row. */
    public List<String> acrossRows() {
        return acrossRows;
    }

    /** Headers that no programme reads: kept in the output, not read. A misspelt header shows here. */
    public List<String> unreadColumns() {
        return unreadColumns;
    }

    /**
     * How the input was read where it was not plain, one a line: a header found below a title row, a
     * sheet not read (instructions, or not named), the template's sample row skipped.
     */
    public List<String> layout() {
        return layout;
    }

    /** The summary in words, several lines; of the rows with findings across rows, the first 20 and a count of the rest. */
    public String text() {
        boolean zh = language == Language.ZH;
        StringBuilder b = new StringBuilder();
        b.append(zh ? "共 " + rows + " 行，已判定 " + (rows - errors) + " 行，出错 " + errors + " 行\n"
                : rows + " rows: " + (rows - errors) + " decided, " + errors + " in error\n");
        outcomes.forEach((programme, counts) -> {
            b.append("  ").append(programme).append(zh ? "：" : ": ");
            StringBuilder parts = new StringBuilder();
            for (Outcome o : Outcome.values()) {
                if (counts.containsKey(o)) {
                    parts.append(parts.length() == 0 ? "" : zh ? "，" : ", ").append(o.label(language)).append(' ').append(counts.get(o));
                }
            }
            b.append(parts).append('\n');
        });
        b.append(zh ? "资助合计（符合条件）：" : "Funding committed (eligible): ").append(yuan(eligibleFunding)).append('\n');
        b.append(zh ? "资助合计（需人工审核）：" : "Funding pending review: ").append(yuan(reviewFunding)).append('\n');
        if (notSummed > 0) {
            b.append(zh ? "另有 " + notSummed + " 行资助为上限、区间、按月（年）或未规定金额，未计入合计\n"
                    : notSummed + " more rows have a cap, a range, a monthly or yearly amount or none stated: not in the sums\n");
        }
        if (!acrossFindings.isEmpty() || !acrossRows.isEmpty()) {
            b.append(zh ? "跨行检查：\n" : "Across rows:\n");
            acrossFindings.forEach(f -> b.append("  ").append(f).append('\n'));
            acrossRows.stream().limit(SHOWN_ROWS).forEach(f -> b.append("  ").append(f).append('\n'));
            if (acrossRows.size() > SHOWN_ROWS) {
                int more = acrossRows.size() - SHOWN_ROWS;
                b.append(zh ? "  另有 " + more + " 行（见各行的“需审核条款”“不符合条款”列）\n"
                        : "  and " + more + " more rows (see each row's review and failed articles)\n");
            }
        }
        if (!unreadColumns.isEmpty()) {
            b.append(zh ? "未读取的列（保留在输出中）：" : "Columns not read (kept in the output): ")
                    .append(String.join(zh ? "、" : ", ", unreadColumns)).append('\n');
        }
        layout.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private String yuan(BigDecimal amount) {
        return Money.text(amount, language);
    }

    /** The summary as one JSON object; the funding as numbers, as a decision's JSON writes them ({@code 490000}). */
    public String toJson() {
        ObjectMapper m = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectNode root = m.createObjectNode();
        root.put("rows", rows);
        root.put("errors", errors);
        ObjectNode byProgramme = root.putObject("outcomes");
        outcomes.forEach((p, counts) -> {
            ObjectNode o = byProgramme.putObject(p);
            counts.forEach((k, v) -> o.put(k.name(), v));
        });
        root.put("eligibleFunding", new BigDecimal(Money.plain(eligibleFunding)));
        root.put("reviewFunding", new BigDecimal(Money.plain(reviewFunding)));
        root.put("notSummed", notSummed);
        acrossFindings.forEach(root.putArray("acrossFindings")::add);
        var rowsArray = root.putArray("acrossRows");
        acrossRows.forEach(rowsArray::add);
        var unread = root.putArray("unreadColumns");
        unreadColumns.forEach(unread::add);
        var layoutArray = root.putArray("layout");
        layout.forEach(layoutArray::add);
        return root.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
