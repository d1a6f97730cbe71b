package io.github.talentrules;

/** Why a finding has the status it has, where the comparison alone does not say. */
public enum Note {
    /** A fact or attestation the condition needs is absent. */
    MISSING("缺少所需事实，待补充后判定", "a fact this condition needs is missing"),
    /** A soft condition (一般应、原则上、一般不少于) is not met: a reviewer decides. */
    SOFT_CONDITION("属“一般应”类弹性条件，未满足时由评审决定", "soft condition (\"as a rule\") not met: a reviewer decides"),
    /** A hard condition is not met, but the case claims the stated ground for relaxing it (可适当放宽). */
    RELAXATION_CLAIMED("未满足，但申报方主张文件规定的放宽情形，由评审认定", "not met, but the case claims the ground on which the text allows relaxing it"),
    /** The document says nothing about this case. */
    DOCUMENT_SILENT("文件对此情形未作规定，由评审决定", "the document says nothing about this case: a reviewer decides"),
    /** The text decides this case by case. */
    CASE_BY_CASE("文件规定“一事一议”，由评审个案决定", "the text decides this case by case"),
    /** The amount is not stated in the text. */
    AMOUNT_UNSPECIFIED("文件未规定具体金额", "the text does not state the amount"),
    /** A target over a batch (力争…) is not yet reached: the finding shows the shortfall. */
    TARGET_SHORTFALL("目标尚未完成，见差额", "the target is not yet reached: see the shortfall"),
    /** A judgement that data cannot settle, to be attested by a reviewer. */
    ATTESTATION("需审核人认定", "a reviewer attests this"),

    // What a condition about money does: it changes the payment, not the verdict.

    /** What the case asks for exceeds the limit the text sets: the excess is not paid. */
    OVER_LIMIT("超出规定限额的部分不予支付", "what exceeds the limit the text sets is not paid"),
    /** The funding approved exceeds the text's limit: the approval is in error, not the applicant. */
    APPROVAL_OVER_LIMIT("批准额度超过文件规定的上限，属批准错误，应更正批准；拨付不超过上限",
            "the funding approved exceeds the limit the text sets: an error of the approval, to be corrected; no more than the limit is paid"),
    /** A budget line exceeds the share of the funding the text allows: the budget is to be revised. */
    OVER_SHARE("预算科目超过规定比例，须调整预算（见允许的最高额与超出额）",
            "a budget line exceeds the share the text allows: the budget is to be revised (see the most allowed and the excess)"),
    /** The papers the text asks for before payment are not yet filed: the payment waits. */
    PAYMENT_PENDING("所需材料报送后拨付", "paid once the papers the text asks for are filed"),
    /** A cost the text does not allow from these funds: struck from the budget. */
    STRUCK("该项费用不得从本项资金中支出，应从预算中剔除", "a cost these funds may not pay: struck from the budget"),
    /** A payment asked for outside the years the text pays over. */
    OUTSIDE_SCHEDULE("不在文件规定的拨付年限内", "outside the years over which the text pays"),
    /** The execution period has run out: what was done in it is settled, continuing needs a new application. */
    NEW_APPLICATION("执行周期已满：周期内的执行按规定核销，仍需继续执行的应重新申报",
            "the execution period is over: the work done in it is settled; continuing needs a new application"),
    /** The plan was issued while the document was in force; the payment falls after it expired. */
    OUTLIVES_DOCUMENT("资助计划下达时文件有效，其拨付按该文件执行；基准日文件已到期（待政策制定方确认）",
            "the funding plan was issued while the document was in force and its payments follow it; on the reference date the document has expired (for the policy owner to confirm)", true),
    /** The text ends the related preferential policies. */
    BENEFITS_END("有关优惠政策终止", "the related preferential policies end", true);

    private final String zh;
    private final String en;
    private final boolean headline;

    Note(String zh, String en) {
        this(zh, en, false);
    }

    Note(String zh, String en, boolean headline) {
        this.zh = zh;
        this.en = en;
        this.headline = headline;
    }

    public String text(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** A consequence the decision's one-line summary states, besides the finding that carries it. */
    public boolean inHeadline() {
        return headline;
    }
}
