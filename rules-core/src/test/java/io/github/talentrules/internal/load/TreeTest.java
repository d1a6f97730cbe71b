package io.github.talentrules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15.1: YAML never retypes a value; tags, anchors, aliases and a second document are refused with their line. */
class TreeTest {

    private static Tree value(String yaml) {
        return Tree.parse("v: " + yaml + "\n", "t.yaml").get("v");
    }

    @ParameterizedTest(name = "{0} is the text {0}")
    @ValueSource(strings = {"0120", "010", "NO", "no", "OFF", "yes", "on", "0x78", "1_20", "1e2", "2024-06-01", "1.10"})
    void everyScalarStaysTheTextItWasWrittenAs(String written) {
        assertThat(value(written).text()).isEqualTo(written);
        assertThat(Tree.parse("{\"v\": \"" + written + "\"}", "t.json").get("v").text()).isEqualTo(written);
    }

    @Test
    void aJsonNumberStaysTheTextItWasWrittenAs() {
        assertThat(Tree.parse("{\"v\": 1e2}", "t.json").get("v").text()).isEqualTo("1e2");
        assertThat(Tree.parse("{\"v\": 120.50}", "t.json").get("v").text()).isEqualTo("120.50");
        assertThat(Tree.parse("{\"v\": true}", "t.json").get("v").bool()).isTrue();
    }

    @Test
    void numbersAreDecimalWithLeadingZerosAllowed() {
        assertThat(value("0120").integer()).isEqualTo(120);
        assertThat(value("010").integer()).isEqualTo(10);
        assertThat(value("055").decimal()).isEqualByComparingTo("55");
        assertThat(value("055").scalar()).isEqualTo(BigInteger.valueOf(55));
        assertThat(value("0.25").scalar()).isEqualTo(new BigDecimal("0.25"));
    }

    @ParameterizedTest(name = "{0} is not a number")
    @ValueSource(strings = {"0x78", "1_20", "1e2", "0o17", "+5", "1,20", "12 000"})
    void numbersWrittenOtherwiseAreRefused(String written) {
        assertThatThrownBy(() -> value(written).integer()).isInstanceOf(TreeException.class)
                .hasMessageContaining("must be a whole number, not the text '" + written + "'");
        assertThat(value(written).scalar()).isEqualTo(written);
    }

    @Test
    void aWholeNumberTooLargeIsRefused() {
        assertThatThrownBy(() -> value("99999999999").integer()).isInstanceOf(TreeException.class);
    }

    @ParameterizedTest(name = "{0} is not a boolean")
    @ValueSource(strings = {"no", "NO", "OFF", "off", "yes", "Yes", "on", "y", "n"})
    void yamlOneOneBooleansAreText(String written) {
        assertThatThrownBy(() -> value(written).bool()).isInstanceOf(TreeException.class)
                .hasMessageContaining("must be true or false, not the text '" + written + "'");
        assertThat(value(written).scalar()).isEqualTo(written);
    }

    @Test
    void onlyTrueAndFalseAreBooleansAndQuotedOnesAreText() {
        assertThat(value("true").bool()).isTrue();
        assertThat(value("False").bool()).isFalse();
        assertThat(value("'true'").scalar()).isEqualTo("true");
        assertThat(value("'12'").scalar()).isEqualTo("12");
    }

    @Test
    void nullIsAbsent() {
        for (String v : new String[] {"", "~", "null", "NULL"}) {
            assertThat(Tree.parse("a: 1\nv: " + v + "\n", "t.yaml").has("v")).as(v).isFalse();
        }
        assertThat(value("'null'").text()).isEqualTo("null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a global tag     | a: 1\\nv: !!java.net.URL http://example.com/\\n     | t.yaml: line 2: a tag (tag:yaml.org,2002:java.net.URL) is not read: write the value alone",
        "a local tag      | a: 1\\nv: !foo 12\\n                               | t.yaml: line 2: a tag (!foo) is not read: write the value alone",
        "a tagged string  | v: !!str 12\\n                                    | t.yaml: line 1: a tag (tag:yaml.org,2002:str) is not read: write the value alone",
        "a tagged mapping | v: !!map {a: 1}\\n                                | t.yaml: line 1: a tag (tag:yaml.org,2002:map) is not read: write the value alone",
        "an anchor        | a: &n 120\\nv: 3\\n                               | t.yaml: line 1: an anchor (&n) is not read: write each value out where it is used",
        "an alias         | a: 1\\n\\nv: *n\\n                                 | t.yaml: line 3: an alias (*n) is not read: write the value out",
        "a 2nd document   | a: 1\\n---\\nv: 2\\n                               | t.yaml: line 2: a second YAML document (after ---) is not read: keep one document in a file",
        "a key twice      | a: 1\\nb: 2\\na: 3\\n                              | t.yaml: line 3: 'a' is written twice",
    })
    void refusalsNameTheFileAndLine(String what, String yaml, String message) {
        assertThatThrownBy(() -> Tree.parse(yaml.replace("\\n", "\n"), "t.yaml"))
                .isInstanceOf(TreeException.class).hasMessage(message);
    }

    @Test
    void oneDocumentWithItsMarkersIsRead() {
        assertThat(Tree.parse("---\nv: 1\n...\n", "t.yaml").get("v").integer()).isEqualTo(1);
    }

    @Test
    void jsonRefusesAKeyTwiceAndTrailingValues() {
        assertThatThrownBy(() -> Tree.parse("{\"a\": 1, \"a\": 2}", "t.json")).isInstanceOf(TreeException.class)
                .hasMessageContaining("t.json: line 1").hasMessageContaining("'a'");
        assertThatThrownBy(() -> Tree.parse("{\"a\": 1} {\"b\": 2}", "t.json")).isInstanceOf(TreeException.class)
                .hasMessageContaining("t.json: line 1");
    }
}
