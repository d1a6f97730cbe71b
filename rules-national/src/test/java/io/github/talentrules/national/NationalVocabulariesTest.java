package io.github.talentrules.national;

import io.github.talentrules.testing.VocabularyContract;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The vocabularies the national pack's code and level facts will read (docs/vocabularies.md): every value
 * pack.yaml lists today has an entry with labels, and every word reads back in any width, case or spacing.
 */
class NationalVocabulariesTest {
    /** Fact → vocabulary, what pack.yaml will say as {@code vocabulary:} once wired. */
    private static final Map<String, String> VOCABULARY_OF = Map.ofEntries(
            Map.entry("degree", "degrees"),
            Map.entry("degreeAbroad", "degrees"),
            Map.entry("field", "disciplines"),
            Map.entry("overseasPosition", "overseas-positions"),
            Map.entry("productStage", "product-stages"),
            Map.entry("internationalPrize", "prizes"),
            Map.entry("employerProvince", "provinces"),
            Map.entry("transferToProvince", "provinces"),
            Map.entry("employerArea", "regions"),
            Map.entry("transferToArea", "regions"),
            Map.entry("applicantEmployer", "employers"),
            Map.entry("employerType", "culture-employers"),
            Map.entry("cultureTrack", "culture-tracks"),
            Map.entry("cultureTerm", "project-terms"));

    @Test
    void everyValueThePackListsReadsInItsVocabulary() {
        VocabularyContract.everyValueOfThePackReads("national", VOCABULARY_OF, Set.of("academicianOf"), Map.of());
    }

    @TestFactory
    Stream<DynamicTest> everyWordOfThePacksVocabulariesReadsBack() {
        return VocabularyContract.ofPack("national").values().stream()
                .map(v -> DynamicTest.dynamicTest(v.name(), () -> VocabularyContract.everyWordReadsBack(v)));
    }
}
