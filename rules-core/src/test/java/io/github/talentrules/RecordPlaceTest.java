package io.github.talentrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Decision#recordPlace} reads a value's record by hand exactly as the regular expression it replaces. */
class RecordPlaceTest {
    private static final Pattern RECORD = Pattern.compile("^(\\w+\\[\\d+])(?:\\.|$)");

    @Test
    void examples() {
        assertThat(Decision.recordPlace("experts[1].activityDays")).isEqualTo("experts[1]");
        assertThat(Decision.recordPlace("experts[12]")).isEqualTo("experts[12]");
        assertThat(Decision.recordPlace("intl-training.funding-tiers[1].from")).isNull();
        assertThat(Decision.recordPlace("experts[]")).isNull();
        assertThat(Decision.recordPlace("experts[1]x")).isNull();
        assertThat(Decision.recordPlace("[1]")).isNull();
        assertThat(Decision.recordPlace("age")).isNull();
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomNames() {
        long seed = 20261202L;
        Random random = new Random(seed);
        String alphabet = "ab_Z09[].-专";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = name.toString();
            Matcher m = RECORD.matcher(s);
            assertThat(Decision.recordPlace(s)).as("seed %d, name '%s'", seed, s).isEqualTo(m.find() ? m.group(1) : null);
        }
    }
}
