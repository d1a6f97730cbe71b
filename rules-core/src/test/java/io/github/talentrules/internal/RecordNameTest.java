package io.github.talentrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link RecordName} reads a value's record by hand exactly as the regular expressions it replaces. */
class RecordNameTest {
    /** What Decision read as a finding's record. */
    private static final Pattern PLACE = Pattern.compile("^(\\w+\\[\\d+])(?:\\.|$)");
    /** What the glossary and the programme finder read as a record or a record's field. */
    private static final Pattern NAME = Pattern.compile("^(\\w+)\\[(\\d+)](?:\\.(\\w+))?$");

    @Test
    void places() {
        assertThat(RecordName.place("experts[1].activityDays")).isEqualTo("experts[1]");
        assertThat(RecordName.place("experts[12]")).isEqualTo("experts[12]");
        assertThat(RecordName.place("intl-training.funding-tiers[1].from")).isNull();
        assertThat(RecordName.place("experts[]")).isNull();
        assertThat(RecordName.place("experts[1]x")).isNull();
        assertThat(RecordName.place("[1]")).isNull();
        assertThat(RecordName.place("age")).isNull();
    }

    @Test
    void names() {
        assertThat(RecordName.parse("experts[1].activityDays"))
                .contains(new RecordName("experts", 1, Optional.of("activityDays")));
        assertThat(RecordName.parse("experts[0]")).contains(new RecordName("experts", 0, Optional.empty()));
        assertThat(RecordName.parse("experts[0]").orElseThrow().place()).isEqualTo("experts[0]");
        assertThat(RecordName.parse("experts[1].")).isEmpty();
        assertThat(RecordName.parse("experts[1].a.b")).isEmpty();
        assertThat(RecordName.parse("experts[99999999999]")).isEmpty();
        assertThat(RecordName.parse("intl-training.funding-tiers[1].from")).isEmpty();
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomNames() {
        long seed = 20261203L;
        Random random = new Random(seed);
        String alphabet = "ab_Z09[].-专";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = name.toString();
            Matcher place = PLACE.matcher(s);
            assertThat(RecordName.place(s)).as("seed %d, name '%s'", seed, s).isEqualTo(place.find() ? place.group(1) : null);
            Matcher m = NAME.matcher(s);
            Optional<RecordName> expected = m.matches() && m.group(2).length() < 10
                    ? Optional.of(new RecordName(m.group(1), Integer.parseInt(m.group(2)), Optional.ofNullable(m.group(3))))
                    : Optional.empty();
            assertThat(RecordName.parse(s)).as("seed %d, name '%s'", seed, s).isEqualTo(expected);
        }
    }
}
