package io.github.talentrules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.talentrules.pack.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code countries.yaml} is the JDK's own ISO 3166 list and CLDR names plus the words staff write, and
 * nothing else. This test is also the command that writes it (names are never typed by hand):
 *
 * <pre>
 * mvn -B -q test -pl rules-core -Dtest=CountriesFromCldrTest -Dsurefire.failIfNoSpecifiedTests=false -Dcountries.write=true
 * </pre>
 *
 * It keeps, for each code, the words after the alpha-3 code, and everything from {@code ambiguous:}
 * or {@code refused:} to the end of the file as written; codes refused there (HK, MO, TW) are not
 * values. The names are JDK 17's (CLDR 39): on another JDK the comparison is skipped, since CLDR
 * renames countries between releases.
 */
class CountriesFromCldrTest {
    private static final Path FILE = Path.of("src/main/resources/io/github/talentrules/vocabularies/countries.yaml");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .’()（）&-]*");
    private static final String HEADER = """
            # ISO 3166-1 countries for nationality and the like. Generated: every code Locale.getISOCountries() gives,
            # its Chinese and English names from the JDK's CLDR data (JDK 17), its alpha-3 code as the first word;
            # then, by hand, the other words staff write, the ambiguous words and the refused ones. Add a word to
            # a value or to the sections at the end, then write the file again with (docs/vocabularies.md):
            #   mvn -B -q test -pl rules-core -Dtest=CountriesFromCldrTest -Dsurefire.failIfNoSpecifiedTests=false -Dcountries.write=true
            # HK, MO and TW are regions of China, not nationalities: they are refused (see the end of the file).
            countries:
              zh: 国家
              en: country
              values:
            """;

    @Test
    void theFileIsTheJdksCountriesWithTheWordsStaffWrite() throws IOException {
        assumeTrue(Runtime.version().feature() == 17, "the names in the file are JDK 17's");
        String current = Files.readString(FILE, StandardCharsets.UTF_8);
        String written = generate(current);
        if (Boolean.getBoolean("countries.write")) {
            Files.writeString(FILE, written, StandardCharsets.UTF_8);
        }
        assertThat(current).as("countries.yaml as the command would write it").isEqualTo(written);
    }

    private static String generate(String current) {
        List<String> problems = new ArrayList<>();
        Vocabulary now = VocabularyFile.read(current, FILE.toString(), problems).get("countries");
        assertThat(problems).as("problems reading " + FILE).isEmpty();
        StringBuilder out = new StringBuilder(HEADER);
        List<String> codes = List.of(Locale.getISOCountries());
        for (Vocabulary.Value v : now.values()) {
            assertThat(codes).as("codes of " + FILE + " the JDK knows").contains(v.code());
        }
        for (String code : codes) {
            if (now.read(code) instanceof Vocabulary.Refused) {
                continue;
            }
            Locale country = new Locale("", code);
            String alpha3 = country.getISO3Country();
            List<String> words = new ArrayList<>(List.of(alpha3));
            now.value(code).ifPresent(v -> v.words().stream().filter(w -> !w.equals(alpha3)).forEach(words::add));
            out.append("    - {code: ").append(code)
                    .append(", zh: ").append(scalar(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)))
                    .append(", en: ").append(scalar(country.getDisplayCountry(Locale.ENGLISH)))
                    .append(", words: [").append(String.join(", ", words.stream().map(CountriesFromCldrTest::scalar).toList()))
                    .append("]}\n");
        }
        int tail = current.indexOf("\n  ambiguous:");
        int refused = current.indexOf("\n  refused:");
        tail = tail < 0 || (refused >= 0 && refused < tail) ? refused : tail;
        return out + (tail < 0 ? "" : current.substring(tail + 1));
    }

    private static String scalar(String s) {
        return PLAIN.matcher(s).matches() && !s.endsWith(" ") ? s : '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Test
    void everyCodeTheJdkKnowsIsAValueOrRefusedWithAReason() {
        Vocabulary countries = VocabularyFile.shared().get("countries");
        for (String code : Locale.getISOCountries()) {
            Vocabulary.Match m = countries.read(code);
            if (m instanceof Vocabulary.Found f) {
                assertThat(f.value().code()).isEqualTo(code);
                assertThat(countries.read(new Locale("", code).getISO3Country())).isEqualTo(new Vocabulary.Found(new Locale("", code).getISO3Country(), f.value()));
            } else {
                assertThat(m).as(code).isInstanceOf(Vocabulary.Refused.class);
            }
        }
        assertThat(countries.values()).hasSize(Locale.getISOCountries().length - 3);
        assertThat(Map.of("HK", countries.read("HK"), "MO", countries.read("MO"), "TW", countries.read("TW")))
                .allSatisfy((code, m) -> assertThat(m).isInstanceOf(Vocabulary.Refused.class));
    }
}
