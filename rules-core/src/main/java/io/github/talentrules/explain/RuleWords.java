package io.github.talentrules.explain;

import com.fasterxml.jackson.core.io.SerializedString;
import io.github.talentrules.Language;
import java.util.Optional;

/**
 * What every finding of one rule writes the same way, quoted for JSON once per pack instead of once
 * per finding: the rule's name, its title and, where the rule cites one article, that article and its
 * citation, each in both languages. These are words of the pack, not answers: the finding's status,
 * message and values are written afresh for each decision.
 */
record RuleWords(SerializedString name, SerializedString titleZh, SerializedString titleEn, Optional<SerializedString> article,
                 SerializedString citedZh, SerializedString citedEn) {

    static RuleWords of(Glossary g, String rule, Optional<String> article) {
        return new RuleWords(new SerializedString(rule), new SerializedString(g.ruleTitle(rule, Language.ZH)),
                new SerializedString(g.ruleTitle(rule, Language.EN)), article.map(SerializedString::new),
                article.map(a -> new SerializedString(Citation.of(a, Language.ZH))).orElse(null),
                article.map(a -> new SerializedString(Citation.of(a, Language.EN))).orElse(null));
    }

    SerializedString title(Language language) {
        return language == Language.ZH ? titleZh : titleEn;
    }

    /** {@code cited}, quoted: the rule's own article as quoted once, another (a core rule cites each document's) afresh. */
    SerializedString article(String cited) {
        return own(cited) ? article.get() : new SerializedString(cited);
    }

    /** The citation of {@code cited} in {@code language}: the rule's own article's as quoted once, another's afresh. */
    SerializedString cited(String cited, Language language) {
        if (own(cited)) {
            return language == Language.ZH ? citedZh : citedEn;
        }
        return new SerializedString(Citation.of(cited, language));
    }

    private boolean own(String cited) {
        return article.isPresent() && article.get().getValue().equals(cited);
    }
}
