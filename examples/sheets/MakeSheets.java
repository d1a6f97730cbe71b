// Writes the example sheets of the Zhengzhou intl-training programme, and large sheets to measure
// `batch` with. Plain JDK, no dependencies: run it from the repository root with
//
//   java examples/sheets/MakeSheets.java                      # examples/sheets/zhengzhou-intl-training.{csv,xlsx}
//   java examples/sheets/MakeSheets.java 1000000 /tmp/big.csv # 10^6 rows (the example rows repeated), CSV or XLSX
//
// The XLSX is written by hand (a zip of a few XML parts), streaming, with inline strings; 基准日 and
// 出生日期 are real date cells, the other dates text, as staff type them.
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

public class MakeSheets {
    static final List<String> HEADER = List.of("序号", "姓名", "工作单位", "项目", "基准日", "我市从事一线工作的人才", "国籍", "出生日期",
            "达到WSK合格水平或具有同等外语水平", "在国外连续独立工作或学习月数", "随出国（境）培训团组参训", "最高学位", "专业技术职称",
            "职业资格等级", "担任企业高级管理职务", "培养时间（天）", "市本级财政全供单位人员", "资助计划下达日期", "完成培养回国日期",
            "报送资金拨付申请日期", "拥护中国共产党领导，政治立场坚定，遵纪守法，品德优良",
            "具有为我市经济和社会发展做贡献的事业心和责任感，专业基础扎实，创新能力强", "身心健康", "备注");
    /** Columns written as real date cells in the workbook. */
    static final List<Integer> DATE_CELLS = List.of(4, 7);
    static final String P = "中青年人才国际化培养项目";

    // 序号 is filled in; each row: name, unit, programme, asOf, employed, nationality, birth, language, months, group,
    // degree, title, vocational, manager, days, fully funded, plan, returned, applied, 3 attestations, remark.
    static final String[][] ROWS = {
        {"张伟", "郑州大学", P, "2024-06-01", "是", "CN", "1969-06-01", "是", "14", "否", "MASTER", "ASSOCIATE_SENIOR", "NONE", "否", "120", "是", "2024-03-01", "", "", "是", "是", "是", "55周岁当天申报"},
        {"李娜", "河南省人民医院", P, "2024-06-01", "是", "CN", "1968-05-31", "是", "24", "否", "DOCTORATE", "SENIOR", "NONE", "否", "180", "否", "2024-03-01", "", "", "是", "是", "是", "56周岁"},
        {"王芳", "郑州外国语学校", P, "2024/6/1", "是", "CN", "1985/3/12", "是", "12", "否", "MASTER", "INTERMEDIATE", "NONE", "否", "30", "是", "2024/3/1", "", "", "是", "是", "是", "培养30天"},
        {"刘洋", "宇通客车股份有限公司", P, "2024年6月1日", "是", "CN", "1980年7月8日", "是", "13", "否", "BACHELOR", "NONE", "NONE", "是", "90", "否", "2024年3月1日", "", "", "是", "是", "是", "企业高管，培养90天"},
        {"陈静", "郑州轻工业大学", P, "2024-06-01", "是", "CN", "1978-11-23", "是", "18", "否", "DOCTORATE", "ASSOCIATE_SENIOR", "NONE", "否", "91", "是", "2024-03-01", "", "", "是", "是", "是", "培养91天"},
        {"杨磊", "郑州市中心医院", P, "2024-06-01", "是", "CN", "1975-01-30", "是", "36", "否", "MASTER", "SENIOR", "NONE", "否", "181", "是", "2024-03-01", "", "", "是", "是", "是", "培养181天"},
        {"赵敏", "中铁装备集团", P, "2024-06-01", "是", "CN", "1983-09-09", "是", "12", "否", "NONE", "NONE", "SENIOR_TECHNICIAN", "否", "360", "否", "2024-03-01", "", "", "是", "是", "是", "高级技师，培养360天"},
        {"黄强", "郑州大学第一附属医院", P, "2024-06-01", "是", "CN", "1979-04-04", "是", "20", "否", "DOCTORATE", "SENIOR", "NONE", "否", "400", "是", "2024-03-01", "", "", "是", "是", "是", "培养超过360天，文件未规定"},
        {"周杰", "河南工业大学", P, "2024-06-01", "是", "CN", "1986-02-14", "否", "11", "否", "DOCTORATE", "ASSOCIATE_SENIOR", "NONE", "否", "120", "是", "2024-03-01", "", "", "是", "是", "是", "未达WSK，国外连续11个月"},
        {"吴婷", "郑州市第七人民医院", P, "2024-06-01", "是", "CN", "1990-08-18", "否", "0", "是", "MASTER", "INTERMEDIATE", "NONE", "否", "60", "是", "2024-03-01", "", "", "是", "是", "是", "随团组，外语放宽"},
        {"徐明", "郑州航空港区某公司", P, "2024-06-01", "是", "US", "1982-12-01", "是", "48", "否", "DOCTORATE", "NONE", "NONE", "是", "120", "否", "2024-03-01", "", "", "是", "是", "是", "外国国籍"},
        {"孙丽", "郑州市第一中学", P, "2024-06-01", "是", "CN", "1988-05-20", "是", "12", "否", "BACHELOR", "INTERMEDIATE", "LEVEL_3", "否", "120", "是", "2024-03-01", "", "", "是", "是", "是", "学位职称均不够"},
        {"马超", "郑州煤矿机械集团", P, "2024-06-01", "是", "CN", "1984-10-10", "是", "12", "否", "BACHELOR", "NONE", "TECHNICIAN", "否", "150", "否", "2024-03-01", "", "", "是", "是", "是", "技师"},
        {"朱红", "郑州师范学院", P, "2024-06-01", "是", "CN", "1977-06-06", "是", "15", "否", "MASTER", "ASSOCIATE_SENIOR", "NONE", "否", "100", "是", "2024-03-01", "", "", "是", "是", "", "身心健康待审核"},
        {"胡军", "郑州大学", P, "2024-06-01", "是", "CN", "1985-02-30", "是", "15", "否", "MASTER", "ASSOCIATE_SENIOR", "NONE", "否", "100", "是", "2024-03-01", "", "", "是", "是", "是", "出生日期有误（坏行）"},
        {"郭涛", "河南农业大学", P, "2024-06-01", "是", "CN", "1981-03-03", "是", "15", "否", "DOCTORATE", "SENIOR", "NONE", "否", "半年", "是", "2024-03-01", "", "", "是", "是", "是", "培养时间写成文字（坏行）"},
        {"林峰", "郑州市骨科医院", P, "", "是", "CN", "1983-07-07", "是", "15", "否", "MASTER", "ASSOCIATE_SENIOR", "NONE", "否", "100", "是", "2024-03-01", "", "", "是", "是", "是", "基准日为空（坏行）"},
        {"=HYPERLINK(\"http://example.invalid\",\"何平\")", "郑州大学", P, "2024-06-01", "是", "CN", "1987-01-01", "是", "13", "否", "MASTER", "ASSOCIATE_SENIOR", "NONE", "否", "45", "是", "2024-03-01", "", "", "是", "是", "是", "姓名单元格是公式（注入测试）"},
        {"高洁", "郑州市儿童医院", P, "2026-05-01", "是", "CN", "1980-02-29", "是", "14", "否", "DOCTORATE", "SENIOR", "NONE", "否", "120", "是", "2024-06-01", "2026-04-01", "2026-04-20", "是", "是", "是", "已回国并报送拨付申请"},
        {"罗斌", "郑州商品交易所", P, "2026-06-01", "是", "CN", "1979-09-30", "是", "16", "否", "MASTER", "SENIOR", "NONE", "否", "200", "否", "2024-03-01", "", "", "是", "是", "是", "计划下达逾2年未回国"},
        {"宋佳", "郑州大学", "国际化培养", "2024-06-01", "是", "CN", "1989-12-12", "是", "13", "否", "MASTER", "INTERMEDIATE", "NONE", "否", "60", "是", "2024-03-01", "", "", "是", "是", "是", "项目名称写错（坏行）"},
    };

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            Path dir = Path.of("examples/sheets");
            writeCsv(dir.resolve("zhengzhou-intl-training.csv"), ROWS.length);
            writeXlsx(dir.resolve("zhengzhou-intl-training.xlsx"), ROWS.length);
            return;
        }
        long n = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        if (out.toString().endsWith(".xlsx")) {
            writeXlsx(out, n);
        } else {
            writeCsv(out, n);
        }
    }

    /** Row {@code i} (from 0): an example row, with a serial number and, past the examples, a name of its own. */
    static String[] row(long i) {
        String[] r = ROWS[(int) (i % ROWS.length)];
        String[] out = new String[HEADER.size()];
        out[0] = String.valueOf(i + 1);
        System.arraycopy(r, 0, out, 1, r.length);
        if (i >= ROWS.length && !r[0].startsWith("=")) {
            out[1] = r[0] + (i / ROWS.length);
        }
        return out;
    }

    static void writeCsv(Path file, long n) throws IOException {
        try (Writer w = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(csvLine(HEADER.toArray(String[]::new)));
            for (long i = 0; i < n; i++) {
                w.write(csvLine(row(i)));
            }
        }
    }

    static String csvLine(String[] cells) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String s = cells[c];
            if (c > 0) {
                b.append(',');
            }
            if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        return b.append("\r\n").toString();
    }

    static void writeXlsx(Path file, long n) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"申报名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            // Style 1: the built-in date format 14; style 2: a custom yyyy"年"m"月"d"日".
            part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            xlsxRow(w, 1, HEADER.toArray(String[]::new), false);
            for (long i = 0; i < n; i++) {
                xlsxRow(w, i + 2, row(i), true);
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    static void xlsxRow(Writer w, long r, String[] cells, boolean typed) throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            String s = cells[c];
            if (s.isEmpty()) {
                continue;
            }
            String ref = column(c) + r;
            LocalDate date = typed && DATE_CELLS.contains(c) ? parse(s) : null;
            if (date != null) {
                long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
                w.write("<c r=\"" + ref + "\" s=\"" + (c == 4 ? 1 : 2) + "\"><v>" + serial + "</v></c>");
            } else if (typed && c == 0) {
                w.write("<c r=\"" + ref + "\"><v>" + s + "</v></c>");
            } else {
                w.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xml(s) + "</t></is></c>");
            }
        }
        w.write("</row>");
    }

    static LocalDate parse(String s) {
        try {
            String[] p = s.split("[-/年月日]");
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            return null; // an impossible date stays text, as a person would have typed it
        }
    }

    static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : String.valueOf((char) ('A' + c / 26 - 1)) + (char) ('A' + c % 26);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
