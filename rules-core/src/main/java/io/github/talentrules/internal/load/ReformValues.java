package io.github.talentrules.internal.load;

import io.github.talentrules.analysis.Reform;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.RulePack;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a reform gives, read against the pack's parameters they replace, for the mistakes that
 * would otherwise be decided without a word: a share written as a percentage (20 for 0.2), money
 * written in 万 ({@code amount: 3} for 3万元), tiers with a gap or an overlap (errors); a value dated
 * after the document expires, which never takes effect, or before it takes effect (warnings). Each
 * names the reform file, the line of the value, what is wrong and what to write instead.
 */
final class ReformValues {
    /** Below this, an amount in yuan where the pack's are all at least this much was probably written in 万. */
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal SMALL = BigDecimal.valueOf(1_000);

    private ReformValues() {
    }

    /** The errors of the reform's values against the pack's parameters {@code base}. */
    static List<String> errors(Reform reform, Map<String, Parameter> base) {
        List<String> out = new ArrayList<>();
        Lines lines = Lines.of(reform.source());
        reform.parameters().forEach((key, values) -> {
            Parameter p = base.get(key);
            if (p == null) {
                return; // reported as an unknown key
            }
            values.forEach((date, value) -> {
                String where = "parameters." + key + ".values." + date;
                if (p.unit().equals("ratio")) {
                    for (BigDecimal share : numbers(value, "share")) {
                        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                            out.add(lines.at(key, date, plain(share)) + where + ": " + plain(share) + " is a share (unit ratio), which lies"
                                    + " between 0 and 1: write " + plain(share.movePointLeft(2)) + " for " + plain(share) + "%");
                        }
                    }
                }
                if (p.unit().startsWith("yuan") || p.unit().equals("tiers")) {
                    String field = p.unit().equals("tiers") ? "amount" : null;
                    List<BigDecimal> pack = p.values().values().stream().flatMap(v -> numbers(v, field).stream()).toList();
                    boolean packInYuan = !pack.isEmpty() && pack.stream().allMatch(x -> x.compareTo(SMALL) >= 0);
                    for (BigDecimal amount : numbers(value, field)) {
                        if (packInYuan && amount.signum() > 0 && amount.compareTo(SMALL) < 0) {
                            out.add(lines.at(key, date, (field == null ? "" : field + ": ") + plain(amount)) + where + ": " + plain(amount)
                                    + "元 looks like an amount in 万元; amounts are in 元 (the pack's are " + plain(pack.get(0))
                                    + "元 and more): write " + plain(amount.multiply(WAN)) + " for " + plain(amount) + "万元");
                        }
                    }
                }
                tiers(value).ifPresent(problem -> out.add(lines.at(key, date, problem.needle()) + where + ": " + problem.message()));
            });
        });
        return out;
    }

    /** The warnings: a value dated outside the period of the document its parameter cites. */
    static List<io.github.talentrules.explain.Text> warnings(Reform reform, Map<String, Parameter> base, RulePack pack) {
        List<io.github.talentrules.explain.Text> out = new ArrayList<>();
        Lines lines = Lines.of(reform.source());
        reform.parameters().forEach((key, values) -> {
            Parameter p = base.get(key);
            Optional<Document> doc = p == null ? Optional.empty() : document(p, pack);
            if (doc.isEmpty()) {
                return;
            }
            Document d = doc.get();
            values.forEach((date, value) -> {
                String where = "parameters." + key + ".values." + date;
                if (d.inForceUntil().isPresent() && date.isAfter(d.inForceUntil().get())) {
                    String at = lines.at(key, date, null) + where;
                    out.add(io.github.talentrules.explain.Text.of(at + ": 永不生效：" + d.id() + " 于 " + d.inForceUntil().get() + " 失效，此后不再按它判定任何案例；请把值的日期定在当天或之前",
                            at + ": never takes effect: " + d.id() + " expires on "
                            + d.inForceUntil().get() + ", and no case is decided under it after that day; date the value on or before it"));
                } else if (date.isBefore(d.inForceFrom())) {
                    String at = lines.at(key, date, null) + where;
                    out.add(io.github.talentrules.explain.Text.of(at + ": 日期早于 " + d.id() + " 施行之日（" + d.inForceFrom() + "）：视同自 " + d.inForceFrom()
                            + " 起适用；请写 " + d.inForceFrom() + " 以明示",
                            at + ": is dated before " + d.id() + " takes effect (" + d.inForceFrom()
                            + "): it holds from " + d.inForceFrom() + " on, as if dated so; write " + d.inForceFrom() + " to say so"));
                }
            });
        });
        return out;
    }

    /** The document a parameter's article cites (its number begins the citation), or the pack's only one. */
    static Optional<Document> document(Parameter p, RulePack pack) {
        Optional<Document> named = pack.documents().stream().filter(d -> p.article().startsWith(d.id())).findFirst();
        return named.isPresent() || pack.documents().size() != 1 ? named : Optional.of(pack.documents().get(0));
    }

    /** What to look for on the line, and what is wrong. */
    private record Problem(String needle, String message) {
    }

    /** A table of tiers ({@code from}, {@code to}) with a gap or an overlap between two of them. */
    private static Optional<Problem> tiers(Object value) {
        if (!(value instanceof List<?> rows) || rows.isEmpty() || !rows.stream().allMatch(r -> r instanceof Map<?, ?> m
                && m.get("from") instanceof BigDecimal && m.get("to") instanceof BigDecimal)) {
            return Optional.empty();
        }
        List<Map<?, ?>> sorted = rows.stream().<Map<?, ?>>map(r -> (Map<?, ?>) r)
                .sorted(Comparator.comparing(m -> (BigDecimal) m.get("from"))).toList();
        for (int i = 1; i < sorted.size(); i++) {
            BigDecimal to = (BigDecimal) sorted.get(i - 1).get("to");
            BigDecimal from = (BigDecimal) sorted.get(i).get("from");
            BigDecimal next = to.add(BigDecimal.ONE);
            String tier = plain(from) + "–" + plain((BigDecimal) sorted.get(i).get("to"));
            if (from.compareTo(next) > 0) {
                return Optional.of(new Problem("from: " + plain(from), "the tiers leave " + plain(next) + "–" + plain(from.subtract(BigDecimal.ONE))
                        + " in no tier (a case there would be told it is outside every tier): the tier " + tier
                        + " should begin at " + plain(next) + " (from: " + plain(next) + ")"));
            }
            if (from.compareTo(next) < 0) {
                return Optional.of(new Problem("from: " + plain(from), "the tier " + tier + " overlaps the one before, which ends at "
                        + plain(to) + ": it should begin at " + plain(next) + " (from: " + plain(next) + ")"));
            }
        }
        return Optional.empty();
    }

    /** The numbers of a value: itself if a number, else the {@code field} of each row of a table. */
    private static List<BigDecimal> numbers(Object value, String field) {
        if (value instanceof BigDecimal b) {
            return List.of(b);
        }
        List<BigDecimal> out = new ArrayList<>();
        if (value instanceof List<?> rows && field != null) {
            for (Object r : rows) {
                if (r instanceof Map<?, ?> m && m.get(field) instanceof BigDecimal b) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    /** The reform file's lines, to say where a value is: {@code file:line: }, or {@code file: } when it cannot be found. */
    private record Lines(String source, List<String> lines) {
        static Lines of(String source) {
            try {
                return new Lines(source, Files.readAllLines(Path.of(source), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return new Lines(source, List.of());
            }
        }

        /** The line of {@code needle} (or of the date, when null or not found) under the parameter's key and the value's date. */
        String at(String key, LocalDate date, String needle) {
            int k = find(key + ":", 0);
            int d = k < 0 ? -1 : find(date + ":", k);
            if (d < 0) {
                d = k < 0 ? -1 : find(date.toString(), k);
            }
            int n = d < 0 || needle == null ? -1 : find(needle, d);
            int line = n >= 0 ? n : d >= 0 ? d : k;
            return line < 0 ? source + ": " : source + ":" + (line + 1) + ": ";
        }

        private int find(String text, int from) {
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
