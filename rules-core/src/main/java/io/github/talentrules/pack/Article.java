package io.github.talentrules.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One article of a document, as the pack's article table accounts for it: the rules that encode
 * it, or why it is not encoded.
 *
 * @param document the document number
 * @param article the article (第九条)
 * @param title a few words on what it says
 * @param rules the names of the rules that encode it
 * @param notEncoded why it is not encoded: procedure, organisation, judgement or out-of-scope
 * @param note more on the reason, or on how the rules read the article
 * @param question an open reading of the text, for the policy owner
 * @param reading how the pack reads the article, where the text could be read otherwise
 * @param ineligible the text's own words by which a condition about money takes eligibility away
 *        (取消培养资格); only the rules of such an article may make a case ineligible on a fact about payment
 */
public record Article(String document, String article, String title, List<String> rules,
                      Optional<String> notEncoded, String note, Optional<String> question,
                      Optional<String> reading, Optional<String> ineligible) {

    /** The reasons an article may have for not being encoded. */
    public static final Set<String> REASONS = Set.of("procedure", "organisation", "judgement", "out-of-scope", "aim");

    public Article {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
        rules = List.copyOf(rules);
        if (rules.isEmpty() == notEncoded.isEmpty()) {
            throw new IllegalArgumentException(article + ": give either rules or not_encoded, exactly one");
        }
        notEncoded.ifPresent(r -> {
            if (!REASONS.contains(r)) {
                throw new IllegalArgumentException(article + ": not_encoded reason '" + r + "' is not one of " + REASONS);
            }
        });
        note = note == null ? "" : note;
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(ineligible, "ineligible");
    }

    /** The article a citation falls under: 第九条 for 第九条第（二）项. */
    public static String base(String citation) {
        int i = citation.indexOf('条');
        return i < 0 ? citation : citation.substring(0, i + 1);
    }
}
