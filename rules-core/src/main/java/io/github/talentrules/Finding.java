package io.github.talentrules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule found about one condition of the text.
 *
 * @param rule the rule's name, unique in its pack, starting with the article ("9.2 年龄上限")
 * @param article the article the rule encodes ("第九条第（二）项")
 * @param status PASS, FAIL or REVIEW
 * @param clauses the comparisons made, with the values compared
 * @param missing the facts and attestations still needed ({@code facts.birthDate}, {@code attestations.healthy})
 * @param note why the status is what it is, where the comparison does not say
 * @param relaxes the rule whose FAIL this finding relaxes or excepts (但/除外/可适当放宽)
 * @param funding the funding this rule found, if any
 */
public record Finding(String rule, String article, Status status, List<Clause> clauses, List<String> missing,
                      Optional<Note> note, Optional<String> relaxes, Optional<Funding> funding) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(status, "status");
        clauses = List.copyOf(clauses);
        missing = List.copyOf(missing);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(relaxes, "relaxes");
        Objects.requireNonNull(funding, "funding");
    }

    // Bean-style accessors so that rules can match on findings (exceptions: 但/除外/可适当放宽).

    public String getRule() {
        return rule;
    }

    public Status getStatus() {
        return status;
    }

    public String getArticle() {
        return article;
    }
}
