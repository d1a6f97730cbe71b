package io.github.talentrules;

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
    static String base(String citation) {
        int i = citation.indexOf('条');
        return i < 0 ? citation : citation.substring(0, i + 1);
    }

    static List<Article> readTable(Tree root, String expectedDocument) {
        root.onlyKeys("document", "articles");
        String document = root.text("document");
        if (!document.equals(expectedDocument)) {
            throw root.get("document").error("is " + document + ", but pack.yaml points here for " + expectedDocument);
        }
        return root.list("articles", t -> {
            t.onlyKeys("article", "title", "rules", "not_encoded", "question", "reading", "ineligible");
            Optional<String> reason = Optional.empty();
            String note = "";
            if (t.has("not_encoded")) {
                Tree ne = t.get("not_encoded").onlyKeys("reason", "note");
                reason = Optional.of(ne.text("reason"));
                note = ne.optText("note").orElse("");
            }
            try {
                return new Article(document, t.text("article"), t.optText("title").orElse(""), t.list("rules", Tree::text),
                        reason, note, t.optText("question"), t.optText("reading"), t.optText("ineligible"));
            } catch (IllegalArgumentException e) {
                throw t.error(e.getMessage());
            }
        });
    }
}
