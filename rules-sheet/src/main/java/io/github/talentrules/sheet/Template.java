package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook to fill in for one programme: its headers (the programme, the reference date, every fact
 * and attestation by its label, two numbered groups for a list of records), one sample row, and a
 * dropdown list (data validation) on every code, level and yes/no column, its words on a hidden sheet.
 * Written so that {@link SheetCheck#check} reads it back as it stands.
 */
final class Template {
    /** How many rows the dropdown lists cover, below the header. */
    static final int ROWS = 10_000;
    /** The numbered column groups given to a list of records (more can be added by hand: 来访专家3·…). */
    static final int RECORDS = 2;

    /** What the sample row's first cell holds: a row holding it is the template's sample, never a candidate. */
    static final io.github.talentrules.explain.Text SAMPLE = io.github.talentrules.explain.Text.of("示例（请替换或删除此行）",
            "example (replace or delete this row)");

    /** Whether a row is the template's sample row: one of its cells is the sample's mark, in either language. */
    static boolean isSample(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isEmpty()) {
                String s = c.strip();
                if (s.equals(SAMPLE.zh()) || s.equals(SAMPLE.en())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One column: its header, a sample value (text, number, date, or null for blank) and its dropdown words (none: free). */
    record Column(String header, Object sample, List<String> choices, boolean several) {
    }

    private Template() {
    }

    /** The columns of {@code programme}'s template, in order, in {@code language}. */
    static List<Column> columns(Programme programme, Document document, Language language, LocalDate today) {
        boolean zh = language == Language.ZH;
        List<Column> out = new ArrayList<>();
        boolean person = "person".equals(programme.applicant());
        out.add(new Column(zh ? (person ? "姓名" : "申报单位") : (person ? "name" : "applicant"),
                SAMPLE.in(language), List.of(), false));
        out.add(new Column(zh ? "项目" : "program", programme.name(language), List.of(), false));
        LocalDate asOf = today;
        if (asOf.isBefore(document.inForceFrom())) {
            asOf = document.inForceFrom();
        }
        if (document.inForceUntil().isPresent() && asOf.isAfter(document.inForceUntil().get())) {
            asOf = document.inForceUntil().get();
        }
        out.add(new Column(zh ? "基准日" : "asOf", asOf, List.of(), false));
        for (FactSpec f : programme.facts()) {
            if (f.type() == FactSpec.Type.RECORDS) {
                for (int n = 1; n <= RECORDS; n++) {
                    for (FactSpec field : f.fields()) {
                        String header = zh ? f.zh() + n + "·" + field.zh() : f.en() + " " + n + " · " + field.en();
                        out.add(column(header, field, n == 1 ? sample(field, asOf, language) : null, language));
                    }
                }
                continue;
            }
            out.add(column(f.label(language), f, sample(f, asOf, language), language));
        }
        for (FactSpec a : programme.attestations()) {
            out.add(new Column(a.label(language), yes(language), yesNo(language), false));
        }
        return out;
    }

    private static Column column(String header, FactSpec f, Object sample, Language language) {
        return new Column(header, sample, choices(f, language), f.type() == FactSpec.Type.CODES);
    }

    /**
     * The words a cell of {@code f} may hold, as the dropdown offers them: yes and no for a yes/no fact
     * (the labels of the yes-no vocabulary), and for a code or level fact each value's label in its
     * vocabulary (硕士, 副高级, 中国), lowest level first; a fact without a vocabulary offers its codes.
     * None for any other fact, or a code fact open to any code.
     */
    static List<String> choices(FactSpec f, Language language) {
        return switch (f.type()) {
            case BOOLEAN -> yesNo(language);
            case LEVEL, CODE, CODES -> f.vocabulary().map(v -> v.values().stream().map(x -> x.label(language)).toList())
                    .orElse(f.values());
            default -> List.of();
        };
    }

    /** The labels of the yes-no vocabulary's two values, as every boolean cell reads them. */
    private static List<String> yesNo(Language language) {
        return language == Language.ZH ? List.of("是", "否") : List.of("yes", "no");
    }

    private static String yes(Language language) {
        return yesNo(language).get(0);
    }

    /** A value of the fact's type that reads without error: it shows what to write, not a candidate. */
    private static Object sample(FactSpec f, LocalDate asOf, Language language) {
        List<String> choices = choices(f, language);
        return switch (f.type()) {
            case DATE -> asOf.minusYears(1);
            case INTEGER, DECIMAL -> BigDecimal.ONE;
            case YUAN -> BigDecimal.valueOf(10_000);
            case BOOLEAN -> yes(language);
            case TEXT -> language == Language.ZH ? "示例" : "example";
            case LEVEL, CODE, CODES -> choices.isEmpty() ? null : choices.get(0);
            case RECORDS -> null;
        };
    }

    /** Writes the template workbook: the sheet to fill, and the dropdowns' words on a hidden sheet. */
    static void write(List<Column> columns, Language language, OutputStream out) throws IOException {
        boolean zh = language == Language.ZH;
        Workbook wb = new Workbook(out, "talent-rules", "0.1");
        Worksheet sheet = wb.newWorksheet(zh ? "名单" : "candidates");
        Worksheet lists = wb.newWorksheet(zh ? "选项" : "choices");
        lists.setVisibilityState(VisibilityState.HIDDEN);
        int list = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            sheet.inlineString(0, c, col.header());
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.min(40, Math.max(10, width(col.header()) + 2)));
            Object v = col.sample();
            if (v instanceof BigDecimal n) {
                sheet.value(1, c, n);
            } else if (v instanceof LocalDate d) {
                sheet.value(1, c, d);
                sheet.style(1, c).format("yyyy-mm-dd").set();
            } else if (v != null) {
                sheet.inlineString(1, c, Output.harmless(v.toString()));
            }
            if (!col.choices().isEmpty()) {
                lists.inlineString(0, list, col.header());
                for (int i = 0; i < col.choices().size(); i++) {
                    lists.inlineString(i + 1, list, col.choices().get(i));
                }
                var validation = sheet.range(1, c, ROWS, c).validateWithList(lists.range(1, list, col.choices().size(), list))
                        .allowBlank(true).showErrorMessage(true);
                if (col.several()) {
                    // Several values in one cell (教育、医疗卫生): the list helps, it does not refuse.
                    validation.errorStyle(DataValidationErrorStyle.INFORMATION);
                } else {
                    validation.errorStyle(DataValidationErrorStyle.STOP)
                            .errorTitle(zh ? "请从列表中选择" : "Choose from the list")
                            .error(zh ? "“" + col.header() + "”只能填写列表中的值" : "'" + col.header() + "' takes a value from the list");
                }
                list++;
            }
        }
        sheet.freezePane(0, 1);
        sheet.finish();
        lists.finish();
        wb.finish();
    }

    /** Columns a header takes in a sheet, a Chinese character counted twice. */
    private static int width(String s) {
        return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
