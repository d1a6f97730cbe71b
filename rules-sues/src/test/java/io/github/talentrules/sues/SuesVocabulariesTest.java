package io.github.talentrules.sues;

import io.github.talentrules.testing.VocabularyContract;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The vocabularies the sues pack's code and level facts will read (docs/vocabularies.md): every value
 * pack.yaml lists today has an entry with labels (the academic ranks under their harmonised codes), and
 * every word reads back in any width, case or spacing.
 */
class SuesVocabulariesTest {
    /** Fact → vocabulary, what pack.yaml will say as {@code vocabulary:} once wired. */
    private static final Map<String, String> VOCABULARY_OF = Map.ofEntries(
            Map.entry("professionalTitle", "titles"),
            Map.entry("leaderTitle", "titles"),
            Map.entry("degree", "degrees"),
            Map.entry("platformType", "platform-types"),
            Map.entry("disciplineStatus", "discipline-statuses"),
            Map.entry("unitPlatformLevel", "platform-levels"),
            Map.entry("expertType", "expert-types"),
            Map.entry("intlProjectFunder", "project-funders"),
            Map.entry("exchangeForm", "exchange-forms"),
            Map.entry("budgetCategories", "budget-categories"));

    /** The academic ranks become the levels of the shared titles vocabulary (讲师 中级, 副教授 副高级, 教授 正高级). */
    private static final Map<String, String> RENAMED = Map.of();

    @Test
    void everyValueThePackListsReadsInItsVocabulary() {
        VocabularyContract.everyValueOfThePackReads("sues", VOCABULARY_OF, Set.of("expertId", "memberIds"), RENAMED);
    }

    @TestFactory
    Stream<DynamicTest> everyWordOfThePacksVocabulariesReadsBack() {
        return VocabularyContract.ofPack("sues").values().stream()
                .map(v -> DynamicTest.dynamicTest(v.name(), () -> VocabularyContract.everyWordReadsBack(v)));
    }
}
