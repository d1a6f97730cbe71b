package io.github.talentrules.examples;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import java.time.LocalDate;

/** The README's Java example, word for word; {@code EmbeddingExampleTest} runs it and checks the README still shows it. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static Decision run() {
        // README:begin
        TalentRules rules = TalentRules.fromClasspath();   // build once, share across threads

        Case applicant = Case.builder("zhengzhou.intl-training", LocalDate.of(2024, 6, 1))
                .fact("employedInZhengzhou", true)
                .fact("nationality", "CN")
                .fact("birthDate", LocalDate.of(1969, 6, 1))   // 55 on asOf: 55周岁以下 admits 55
                .fact("foreignLanguageQualified", true)
                .fact("degree", "MASTER")
                .fact("trainingDays", 120)
                .attest("politicalAndMoralStanding", true)
                .attest("professionalCompetence", true)
                .attest("healthy", true)
                .build();

        Decision decision = rules.decide(applicant);
        System.out.println(decision.outcome());             // ELIGIBLE
        System.out.println(decision.amount());              // Optional[50000]: exact yuan, empty if none
        System.out.println(decision.explain(Language.EN));  // every finding with its article
        // README:end
        return decision;
    }

    public static void main(String[] args) {
        run();
    }
}
