package io.github.talentrules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void plainWritesANumberAsACellHoldsIt() {
        assertThat(Money.plain(new BigDecimal("120000.00"))).isEqualTo("120000");
        assertThat(Money.plain(new BigDecimal("1.2E+5"))).isEqualTo("120000");
        assertThat(Money.plain(new BigDecimal("0.20"))).isEqualTo("0.2");
        assertThat(Money.plain(new BigDecimal("-5"))).isEqualTo("-5");
        assertThat(Money.plain(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Money.plain(new BigDecimal("123456789012345678901234"))).isEqualTo("123456789012345678901234");
        assertThat(Money.text(new BigDecimal("600000"), Language.ZH)).isEqualTo("600000元（60万元）");
        assertThat(Money.text(new BigDecimal("600000"), Language.EN)).isEqualTo("600,000 yuan");
    }

    /** The whole-number shortcut writes what stripping trailing zeros writes, for any number. */
    @Test
    void theShortcutAgreesWithStrippingOnRandomNumbers() {
        long seed = 20261202L;
        Random random = new Random(seed);
        for (int n = 0; n < 100_000; n++) {
            BigDecimal b = new BigDecimal(new BigInteger(random.nextInt(80) + 1, random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)),
                    random.nextInt(9) - 4);
            String expected = b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
            assertThat(Money.plain(b)).as("seed %d, %s", seed, b).isEqualTo(expected);
        }
    }
}
