package io.github.talentrules.cli;

import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.analysis.Impact;
import io.github.talentrules.analysis.Reform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code diff -o impact.html}: the impact as one self-contained HTML page a director can open
 * offline. No script, no font, no request: the charts are SVG drawn here. For each comparison: the
 * totals gross and net, a chart of the moves between outcomes, one of the money by programme, the
 * distribution of the changes in the amount, and the cases that change with the reason in words;
 * above them, each reform's own name, description and dates.
 */
final class ImpactPage {
    private static final String[] COLOURS = {"#3b6ea8", "#c8553d", "#5b8e4f", "#b08a2e", "#7a5195"};

    private ImpactPage() {
    }

    static String html(Map<String, Impact> comparisons, List<Reform> reforms, List<String> notes, Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder h = new StringBuilder(1 << 16);
        String title = (zh ? "改革影响报告：" : "Impact of the reform: ")
                + String.join(zh ? "；" : "; ", reforms.stream().map(r -> r.name(lang)).toList());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<section id=\"reforms\">\n");
        for (Reform r : reforms) {
            h.append("<div class=\"reform\"><h3>").append(esc(r.name(lang))).append("</h3><p class=\"file\">")
                    .append(esc(r.source())).append(zh ? "　作用于 " : " — pack ").append(esc(r.pack())).append("</p>\n<ul>");
            for (String line : Workbench.reformDetails(r, lang)) {
                h.append("<li>").append(esc(line)).append("</li>");
            }
            h.append("</ul></div>\n");
        }
        h.append("</section>\n");
        if (!notes.isEmpty()) {
            h.append("<section id=\"notes\" class=\"notes\"><ul>");
            notes.forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
            h.append("</ul></section>\n");
        }
        int n = 0;
        for (var c : comparisons.entrySet()) {
            comparison(h, "c" + n++, c.getKey(), c.getValue(), lang);
        }
        h.append("<footer>").append(zh ? "由 talent-rules diff 生成；金额单位为元，“差额”为改后金额减改前金额。"
                : "Made by talent-rules diff; amounts in yuan, a difference is the amount after minus before.").append("</footer>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void comparison(StringBuilder h, String id, String title, Impact impact, Language lang) {
        boolean zh = lang == Language.ZH;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        BigDecimal gains = BigDecimal.ZERO;
        BigDecimal losses = BigDecimal.ZERO;
        int cases = 0;
        Map<String, Integer> moves = new java.util.LinkedHashMap<>();
        for (Impact.Summary s : impact.byProgramme()) {
            before = before.add(s.fundingBefore());
            after = after.add(s.fundingAfter());
            gains = gains.add(s.gains());
            losses = losses.add(s.losses());
            cases += s.cases();
            s.transitions().forEach((m, k) -> moves.merge(m.text(lang), k, Integer::sum));
        }
        h.append("<section class=\"comparison\" id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
        h.append("<div class=\"cards\" id=\"").append(id).append("-totals\">");
        card(h, zh ? "案例" : "cases", String.valueOf(cases));
        card(h, zh ? "结论或金额改变" : "changed", String.valueOf(impact.changed()));
        card(h, zh ? "改前资助（符合条件者）" : "funding before (eligible)", io.github.talentrules.explain.Money.text(before, lang));
        card(h, zh ? "改后资助" : "funding after", io.github.talentrules.explain.Money.text(after, lang));
        card(h, zh ? "净差额" : "net difference", Impact.signed(after.subtract(before), lang));
        card(h, zh ? "增加（逐案合计）" : "gains (case by case)", Impact.signed(gains, lang));
        card(h, zh ? "减少（逐案合计）" : "losses (case by case)", io.github.talentrules.explain.Money.text(losses.negate(), lang));
        h.append("</div>\n<div class=\"charts\">\n");

        h.append("<figure><figcaption>").append(zh ? "结论变化（案例数）" : "Outcome moves (cases)").append("</figcaption>");
        if (moves.isEmpty()) {
            h.append("<p class=\"none\">").append(zh ? "结论均未改变" : "no outcome changes").append("</p>");
        } else {
            bars(h, id + "-moves", moves.entrySet().stream().map(e -> new Bar(e.getKey(), List.of(BigDecimal.valueOf(e.getValue())),
                    String.valueOf(e.getValue()))).toList(), 1);
        }
        h.append("</figure>\n");

        h.append("<figure><figcaption>").append(zh ? "各项目资助：改前与改后（符合条件者）" : "Funding by programme: before and after (eligible)")
                .append("</figcaption>");
        List<Bar> money = new ArrayList<>();
        for (Impact.Summary s : impact.byProgramme()) {
            money.add(new Bar(s.name().in(lang), List.of(s.fundingBefore(), s.fundingAfter()),
                    io.github.talentrules.explain.Money.text(s.fundingBefore(), lang) + " → " + io.github.talentrules.explain.Money.text(s.fundingAfter(), lang)));
        }
        bars(h, id + "-money", money, 2);
        h.append("<p class=\"legend\"><span style=\"background:").append(COLOURS[0]).append("\"></span>").append(zh ? "改前" : "before")
                .append(" <span style=\"background:").append(COLOURS[1]).append("\"></span>").append(zh ? "改后" : "after").append("</p>");
        h.append("</figure>\n");

        h.append("<figure><figcaption>").append(zh ? "金额变化的分布（案例数）" : "Distribution of the changes in the amount (cases)")
                .append("</figcaption>");
        Map<BigDecimal, Integer> spread = new TreeMap<>();
        impact.rows().stream().filter(Impact.Row::changed).forEach(r -> spread.merge(r.difference().stripTrailingZeros(), 1, Integer::sum));
        if (spread.isEmpty()) {
            h.append("<p class=\"none\">").append(zh ? "没有金额改变" : "no amount changes").append("</p>");
        } else {
            bars(h, id + "-changes", spread.entrySet().stream().map(e -> new Bar(Impact.signed(e.getKey(), lang),
                    List.of(BigDecimal.valueOf(e.getValue())), String.valueOf(e.getValue()))).toList(), 1);
        }
        h.append("</figure>\n</div>\n");

        List<Impact.Row> changed = impact.rows().stream().filter(Impact.Row::changed).toList();
        Map<String, String> names = new java.util.HashMap<>();
        impact.byProgramme().forEach(s -> names.put(s.programme(), s.name().in(lang)));
        h.append("<h3>").append(zh ? "改变的案例（" + changed.size() + "）" : "Cases that change (" + changed.size() + ")").append("</h3>\n");
        h.append("<table class=\"rows\" id=\"").append(id).append("-rows\"><thead><tr>");
        List<String> identity = impact.identityHeaders();
        identity.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        for (String x : List.of(zh ? "来源" : "source", zh ? "项目" : "programme", zh ? "改前" : "before", zh ? "改后" : "after",
                zh ? "差额" : "difference", zh ? "原因（改前 → 改后）" : "why (before → after)")) {
            h.append("<th>").append(esc(x)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Impact.Row r : changed) {
            h.append("<tr data-before=\"").append(r.before()).append("\" data-after=\"").append(r.after()).append("\">");
            identity.forEach(x -> h.append("<td class=\"nw\">").append(esc(r.identity().getOrDefault(x, ""))).append("</td>"));
            h.append("<td>").append(esc(r.source())).append("</td><td>").append(esc(names.getOrDefault(r.programme(), r.programme())))
                    .append("</td>");
            h.append("<td class=\"nw\">").append(outcome(r.before(), lang)).append(' ').append(esc(r.amountBefore().map(x -> io.github.talentrules.explain.Money.text(x, lang)).orElse("—")))
                    .append("</td><td class=\"nw\">").append(outcome(r.after(), lang)).append(' ')
                    .append(esc(r.amountAfter().map(x -> io.github.talentrules.explain.Money.text(x, lang)).orElse("—"))).append("</td>");
            h.append("<td class=\"num ").append(r.difference().signum() < 0 ? "loss" : r.difference().signum() > 0 ? "gain" : "")
                    .append("\">").append(esc(Impact.signed(r.difference(), lang))).append("</td><td class=\"why\"><ul class=\"why\">");
            r.changes().forEach(c -> h.append("<li>").append(esc(c.text(lang))).append("</li>"));
            h.append("</ul></td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static String outcome(Outcome o, Language lang) {
        return "<span class=\"outcome " + o.name().toLowerCase(java.util.Locale.ROOT) + "\">" + esc(o.label(lang)) + "</span>";
    }

    private static void card(StringBuilder h, String label, String value) {
        h.append("<div class=\"card\"><div class=\"label\">").append(esc(label)).append("</div><div class=\"value\">")
                .append(esc(value)).append("</div></div>");
    }

    /** One row of a bar chart: its label, one value per series, and the words shown after the bars. */
    private record Bar(String label, List<BigDecimal> values, String caption) {
    }

    /** A horizontal bar chart as inline SVG: a row per bar, {@code series} bars a row. */
    private static void bars(StringBuilder h, String id, List<Bar> bars, int series) {
        BigDecimal max = bars.stream().flatMap(b -> b.values().stream()).map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        int label = 230;
        int width = 360;
        int bar = 16;
        int rowHeight = series * bar + 12;
        int height = bars.size() * rowHeight + 8;
        h.append("<svg id=\"").append(id).append("\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(label + width + 260).append("\" height=\"").append(height).append("\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * rowHeight;
            h.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + series * bar / 2 + 5)
                    .append("\" text-anchor=\"end\">").append(esc(b.label())).append("</text>");
            for (int s = 0; s < b.values().size(); s++) {
                int w = b.values().get(s).abs().multiply(BigDecimal.valueOf(width)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                h.append("<rect class=\"bar\" x=\"").append(label).append("\" y=\"").append(y + s * bar).append("\" width=\"")
                        .append(Math.max(w, 1)).append("\" height=\"").append(bar - 2).append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length]).append("\"><title>").append(esc(b.values().get(s).toPlainString()))
                        .append("</title></rect>");
            }
            h.append("<text x=\"").append(label + width + 8).append("\" y=\"").append(y + series * bar / 2 + 5).append("\">")
                    .append(esc(b.caption())).append("</text>");
        }
        h.append("</svg>");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px 32px;color:#222;background:#fafafa}
            h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;border-bottom:2px solid #3b6ea8;padding-bottom:4px;margin-top:28px}
            h3{font-size:15px;margin:16px 0 6px}.reform{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 14px;margin:8px 0}
            .reform h3{margin:4px 0}.file{color:#666;font-size:12px;margin:0}.reform ul{margin:6px 0;padding-left:18px}
            .notes{background:#fff7e0;border:1px solid #e8c96b;border-radius:6px;padding:4px 14px;margin:10px 0}
            .cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 12px;min-width:130px}
            .card .label{font-size:12px;color:#666}.card .value{font-size:17px;font-weight:600;margin-top:2px}
            .charts{display:flex;flex-wrap:wrap;gap:18px}figure{background:#fff;border:1px solid #ddd;border-radius:6px;margin:0;padding:8px 12px}
            figcaption{font-weight:600;font-size:13px;margin-bottom:4px}.chart text{font-size:12px;fill:#333}.none{color:#666;font-size:13px}
            .legend{font-size:12px;margin:2px 0}.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
            table.rows{border-collapse:collapse;background:#fff;font-size:13px;width:100%}table.rows th,table.rows td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
            table.rows th{background:#eef2f7}td.nw{white-space:nowrap}td.why{min-width:300px}.num{text-align:right;white-space:nowrap}.loss{color:#b3261e}.gain{color:#2e7d32}
            ul.why{margin:0;padding-left:16px}.outcome{padding:0 4px;border-radius:3px;font-size:12px}
            .outcome.eligible{background:#e3f1e3}.outcome.ineligible{background:#f8e1de}.outcome.needs_review{background:#fdf1cf}
            footer{color:#777;font-size:12px;margin-top:24px}
            """;
}
