package io.github.talentrules;

/** What one rule found about one condition. */
public enum Status {
    /** The condition is met. */
    PASS("符合", "pass"),
    /** The condition is not met: the case is ineligible. */
    FAIL("不符合", "fail"),
    /** A person must decide: a soft condition unmet, a relaxation claimed, a fact missing, or the text silent. */
    REVIEW("需审核", "review");

    private final String zh;
    private final String en;

    Status(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
