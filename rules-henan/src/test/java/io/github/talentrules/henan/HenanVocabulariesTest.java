package io.github.talentrules.henan;

import io.github.talentrules.testing.VocabularyContract;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The vocabularies the henan pack's code and level facts will read (docs/vocabularies.md): every value
 * pack.yaml lists today has an entry with labels, and every word reads back in any width, case or spacing.
 */
class HenanVocabulariesTest {
    /** Fact → vocabulary, what pack.yaml will say as {@code vocabulary:} once wired. */
    private static final Map<String, String> VOCABULARY_OF = Map.ofEntries(
            Map.entry("hostType", "unit-types"),
            Map.entry("recommendationFor", "recommendation-subjects"),
            Map.entry("recordType", "record-types"));

    @Test
    void everyValueThePackListsReadsInItsVocabulary() {
        VocabularyContract.everyValueOfThePackReads("henan", VOCABULARY_OF, Set.of(), Map.of());
    }

    @TestFactory
    Stream<DynamicTest> everyWordOfThePacksVocabulariesReadsBack() {
        return VocabularyContract.ofPack("henan").values().stream()
                .map(v -> DynamicTest.dynamicTest(v.name(), () -> VocabularyContract.everyWordReadsBack(v)));
    }
}
