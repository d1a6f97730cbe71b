package io.github.talentrules.explain;

import io.github.talentrules.Language;

/**
 * The words of an explanation, each in Chinese and English, in one table: a renderer names the word
 * it needs and the run's language picks it, so that no line mixes the two.
 */
final class Words {
    private Words() {
    }

    // Punctuation: Chinese takes full-width marks, English half-width ones with a space after.
    static final Text COLON = Text.of("：", ": ");
    static final Text SEMICOLON = Text.of("；", "; ");
    static final Text COMMA = Text.of("，", ", ");
    /** Between the items of a list (articles, names). */
    static final Text ENUMERATION = Text.of("、", ", ");
    static final Text OPEN = Text.of("（", " (");
    static final Text CLOSE = Text.of("）", ")");

    // The lines of an explanation.
    static final Text DOCUMENT = Text.of("依据：", "Document: ");
    static final Text CASE = Text.of("案例：", "Case: ");
    static final Text JUDGED_ON = Text.of("　基准日：", ", judged on ");
    static final Text OUTCOME = Text.of("结论：", "Outcome: ");
    static final Text FUNDING = Text.of("资助：", "Funding: ");
    static final Text FINDINGS = Text.of("逐条说明：", "Findings:");
    static final Text STILL_NEEDED = Text.of("待补充：", "Still needed: ");
    static final Text OVERRIDDEN = Text.of("（已被放宽或例外条款覆盖）", " (overridden by a relaxation or exception)");
    static final Text LEFT_OUT = Text.of("，不计入", ", left out");

    // The one-line summary.
    static final Text SUMMARY_NEEDED = Text.of("；待补充 ", "; still needed: ");
    static final Text SUMMARY_LEFT_OUT = Text.of("；不符合条件、不计入资助：", "; left out, not qualifying: ");
    static final Text FUNDED = Text.of("资助 ", "funding ");
    static final Text ASKED = Text.of("申请 ", "asked ");
    static final Text CUT_BY = Text.of("核减 ", "cut by ");

    // Funding.
    static final Text AT_MOST = Text.of("最高 ", "at most ");
    static final Text AMOUNT_UNSPECIFIED = Text.of("金额未规定", "amount unspecified");
    static final Text PER_YEAR = Text.of("/年", " a year");
    static final Text PER_MONTH = Text.of("/月", " a month");
    static final Text PER_PERSON = Text.of("/人", " per person");

    // Comparisons.
    static final Text NOT_GIVEN = Text.of("：未提供", ": not given");
    static final Text YES = Text.of("是", "yes");
    static final Text NO = Text.of("否", "no");
    static final Text REQUIRED_YES = Text.of("（要求是）", " (required: yes)");
    static final Text REQUIRED_NO = Text.of("（要求否）", " (required: no)");
    static final Text RELAXES = Text.of("放宽或例外：", "relaxes or excepts: ");
    /** Before the words of the reform a value compared is from: 50（改革：年龄在50周岁以下）. */
    static final Text REFORM = Text.of("改革：", "reform: ");

    /** Between a payment and its amount. */
    static final Text PAYMENT_AMOUNT = Text.of(" ", ": ");

    /** A payment of a schedule by its place: 第1期 / payment 1. */
    static String payment(int sequence, Language lang) {
        return lang == Language.ZH ? "第" + sequence + "期" : "payment " + sequence;
    }
}
