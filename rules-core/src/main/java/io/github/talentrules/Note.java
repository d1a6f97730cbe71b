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
    ATTESTATION("需审核人认定", "a reviewer attests this");

    private final String zh;
    private final String en;

    Note(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String text(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
