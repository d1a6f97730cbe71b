package io.github.talentrules.pack;

import io.github.talentrules.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unit a number fact is counted in, and the words a cell may write after the number for it
 * ({@code 120天}, {@code 3 years}). A pack names it with {@link #key()}: {@code unit: days}. The keys
 * shared with {@code parameters.yaml} ({@code days}, {@code months}, {@code yuan}...) mean the same there.
 */
public enum Unit {
    DAYS("days", "天数", "days", false, "天", "日", "day", "days"),
    /** 工作日: a calendar day is not one ({@code 5天} is refused where {@code 5个工作日} is meant). */
    WORKING_DAYS("working-days", "工作日数", "working days", false, "工作日", "个工作日", "working day", "working days",
            "business day", "business days"),
    WEEKS("weeks", "周数", "weeks", false, "周", "个周", "星期", "个星期", "week", "weeks"),
    /** {@code 3个月}; {@code 3月} is refused, since it may be the month of March. */
    MONTHS("months", "月数", "months", false, "个月", "month", "months"),
    YEARS("years", "年数", "years", false, "年", "周年", "year", "years"),
    /** Which year of a term, the first being 1: {@code 2}, {@code 第2年}. */
    ORDINAL_YEAR("ordinal-year", "第几年", "year number", true, "年", "年度"),
    PERSONS("persons", "人数", "persons", false, "人", "名", "位", "person", "persons", "people"),
    /** Papers, courses, projects, stays, applications: a number of things, with the measure word Chinese puts after it. */
    COUNT("count", "个数", "count", false, "个", "次", "篇", "门", "项", "件", "份", "本", "部"),
    /** A place in a ranking, the first being 1: {@code 50}, {@code 第50名}. */
    RANK("rank", "名次", "rank", true, "名", "位"),
    /** Class hours a month (课时, not clock hours). */
    HOURS_PER_MONTH("hours/month", "每月课时数", "class hours a month", false, "课时/月", "课时每月", "课时", "学时/月", "学时",
            "class hours", "hours/month"),
    /** Yuan; {@code 万元} and {@code 千元} multiply, {@code ¥} and {@code 人民币} may come first. */
    YUAN("yuan", "金额", "yuan", false, "元", "元人民币", "yuan", "rmb", "cny");

    private final String key;
    private final String zh;
    private final String en;
    private final boolean place;
    private final List<String> words;
    private final Set<String> squeezed;

    Unit(String key, String zh, String en, boolean place, String... words) {
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.place = place;
        this.words = List.of(words);
        this.squeezed = this.words.stream().map(Unit::squeezed).collect(Collectors.toUnmodifiableSet());
    }

    /** The name a pack file uses ({@code days}, {@code hours/month}). */
    public String key() {
        return key;
    }

    /** What is counted: 天数（天） in Chinese, days in English. */
    public String label(Language language) {
        return language == Language.ZH ? zh + "（" + words.get(0) + "）" : en;
    }

    /** A place in an order (a rank, a year number), written bare or after 第; never below 1. */
    public boolean place() {
        return place;
    }

    /** The words that may follow the number, compared without case or spaces. */
    public List<String> words() {
        return words;
    }

    /** The unit whose {@link #key()} is {@code key}. */
    public static Optional<Unit> parse(String key) {
        return Arrays.stream(values()).filter(u -> u.key.equals(key)).findFirst();
    }

    /** {@code word} (compared without case or spaces) is one of this unit's {@link #words()}. */
    public boolean accepts(String word) {
        return squeezed.contains(squeezed(word));
    }

    /** The first unit that {@linkplain #accepts accepts} {@code word} ({@code 名} is persons before rank). */
    public static Optional<Unit> named(String word) {
        return Arrays.stream(values()).filter(u -> u.accepts(word)).findFirst();
    }

    private static String squeezed(String word) {
        return word.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
