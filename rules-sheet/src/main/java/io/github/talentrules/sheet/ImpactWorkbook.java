package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.analysis.Impact;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An {@link Impact} as an XLSX workbook a director can open: a first sheet of totals (per comparison
 * and programme: cases, changes, funding before, after, net, gains and losses, the moves between
 * outcomes and the rules behind them), then one sheet per programme (per comparison and programme
 * when there are several comparisons) with a row per case: who it is (the input's own columns),
 * the outcome and amount before and after, the difference, and the rules and values behind it.
 * Money and counts are number cells; text is inline text, never a formula (a cell that begins with
 * {@code = + - @} is prefixed with {@code '}).
 */
public final class ImpactWorkbook {
    private ImpactWorkbook() {
    }

    /**
     * Writes the comparisons, by title (one comparison: its title is not shown), to {@code out}, in
     * {@code lang}. The stream is not closed.
     *
     * @throws IOException when the stream cannot be written
     */
    public static void write(Map<String, Impact> comparisons, OutputStream out, Language lang) throws IOException {
        boolean zh = lang == Language.ZH;
        boolean named = comparisons.size() > 1;
        Workbook book = new Workbook(out, "talent-rules", "0.1");
        Set<String> names = new HashSet<>();
        Worksheet totals = book.newWorksheet(Output.sheetName(zh ? "合计" : "Totals", names));
        List<String> header = new ArrayList<>(List.of(zh ? "对比" : "comparison", zh ? "项目" : "programme", zh ? "项目编号" : "programme id",
                zh ? "案例数" : "cases", zh ? "改变数" : "changed", zh ? "改前资助（元）" : "funding before (yuan)",
                zh ? "改后资助（元）" : "funding after (yuan)", zh ? "净差额（元）" : "net difference (yuan)",
                zh ? "增加（元）" : "gains (yuan)", zh ? "减少（元）" : "losses (yuan)",
                zh ? "待审核资助改前（元）" : "awaiting review before (yuan)", zh ? "待审核资助改后（元）" : "awaiting review after (yuan)",
                zh ? "结论变化" : "outcome moves", zh ? "改变的原因（条款：案例数）" : "behind the changes (rule: cases)"));
        int r = header(totals, header);
        for (var c : comparisons.entrySet()) {
            for (Impact.Summary s : c.getValue().byProgramme()) {
                int col = 0;
                text(totals, r, col++, c.getKey());
                text(totals, r, col++, s.name().in(lang));
                text(totals, r, col++, s.programme());
                totals.value(r, col++, s.cases());
                totals.value(r, col++, s.changed());
                // Losses under 减少 (losses) as a positive sum, as the summary and the HTML report show them;
                // the net difference keeps its sign.
                for (BigDecimal v : List.of(s.fundingBefore(), s.fundingAfter(), s.difference(), s.gains(), s.losses().negate(),
                        s.reviewBefore(), s.reviewAfter())) {
                    totals.value(r, col++, v);
                }
                List<String> moves = new ArrayList<>();
                s.transitions().forEach((m, n) -> moves.add(m.text(lang) + (zh ? "：" : ": ") + n));
                text(totals, r, col++, String.join(zh ? "；" : "; ", moves));
                List<String> reasons = new ArrayList<>();
                s.reasons().forEach((rule, n) -> reasons.add(c.getValue().ruleTitle(rule, lang) + (zh ? "：" : ": ") + n));
                text(totals, r, col, String.join(zh ? "；" : "; ", reasons));
                r++;
            }
        }
        totals.finish();
        int number = 0;
        for (var c : comparisons.entrySet()) {
            number++;
            Impact impact = c.getValue();
            List<String> identity = impact.identityHeaders();
            for (Impact.Summary s : impact.byProgramme()) {
                String name = (named ? number + " " : "") + s.name().in(lang);
                Worksheet sheet = book.newWorksheet(Output.sheetName(name, names));
                List<String> h = new ArrayList<>(identity);
                h.addAll(Impact.columns(lang));
                int row = header(sheet, h);
                for (Impact.Row x : impact.rows()) {
                    if (!x.programme().equals(s.programme())) {
                        continue;
                    }
                    int col = 0;
                    for (String id : identity) {
                        identity(sheet, row, col++, x.identity().getOrDefault(id, ""));
                    }
                    text(sheet, row, col++, x.source());
                    text(sheet, row, col++, x.programme());
                    text(sheet, row, col++, Impact.changedWord(x, lang));
                    text(sheet, row, col++, x.before().label(lang));
                    number(sheet, row, col++, x.amountBefore());
                    text(sheet, row, col++, x.after().label(lang));
                    number(sheet, row, col++, x.amountAfter());
                    sheet.value(row, col++, x.difference());
                    text(sheet, row, col, x.reason(lang));
                    row++;
                }
                sheet.finish();
            }
        }
        book.finish();
    }

    private static int header(Worksheet sheet, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            text(sheet, 0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        return 1;
    }

    private static void text(Worksheet sheet, int row, int col, String value) {
        String v = Output.harmless(value);
        if (!v.isEmpty()) {
            sheet.inlineString(row, col, v);
        }
    }

    /**
     * A cell of the input's own columns: a whole number as staff number rows (序号 1, 2, 3: no leading
     * zero, at most nine digits) is a number cell, as it was in the input; anything else (an id with
     * leading zeros, an ID card or a phone number) stays text, as written.
     */
    private static void identity(Worksheet sheet, int row, int col, String value) {
        if (WHOLE.matcher(value).matches()) {
            sheet.value(row, col, Long.parseLong(value));
        } else {
            text(sheet, row, col, value);
        }
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("0|[1-9][0-9]{0,8}");

    private static void number(Worksheet sheet, int row, int col, Optional<BigDecimal> value) {
        value.ifPresent(v -> sheet.value(row, col, v));
    }
}
