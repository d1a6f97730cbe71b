package io.github.talentrules;

/**
 * The outcome of a decision, from its findings: any {@link Status#FAIL} makes it {@link #INELIGIBLE};
 * otherwise any {@link Status#REVIEW} makes it {@link #NEEDS_REVIEW}; otherwise {@link #ELIGIBLE}.
 */
public enum Outcome {
    ELIGIBLE("符合条件", "eligible"),
    INELIGIBLE("不符合条件", "ineligible"),
    NEEDS_REVIEW("需人工审核", "needs review");

    private final String zh;
    private final String en;

    Outcome(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The outcome in words. */
    public String label(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The lattice join: the worst of the findings' statuses decides. */
    static Outcome of(Iterable<Status> statuses) {
        boolean review = false;
        for (Status s : statuses) {
            if (s == Status.FAIL) {
                return INELIGIBLE;
            }
            review |= s == Status.REVIEW;
        }
        return review ? NEEDS_REVIEW : ELIGIBLE;
    }
}
