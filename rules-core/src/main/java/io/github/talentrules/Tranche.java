package io.github.talentrules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One payment of a funding award.
 *
 * @param sequence 1 for the first payment
 * @param amount the amount in yuan
 * @param when when it is paid, in the document's words
 * @param whenEn the same in English
 * @param state how far the payment has got, where the case says
 */
public record Tranche(int sequence, BigDecimal amount, String when, String whenEn, State state) {

    public String when(Language language) {
        return language.pick(when, whenEn);
    }

    /** How far a payment has got. */
    public enum State {
        /** Its condition is not yet met. */
        PENDING("待拨付", "pending"),
        /** Its condition is met: it is to be paid. */
        DUE("应拨付", "due"),
        /** The case says it was paid. */
        PAID("已拨付", "paid"),
        /** Payment is stopped (a failed assessment). */
        STOPPED("停止拨付", "stopped"),
        /** Paid, and to be returned (fraud). */
        RECLAIMED("应退回", "to be returned");

        private final String zh;
        private final String en;

        State(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String label(Language language) {
            return language == Language.ZH ? zh : en;
        }
    }

    public Tranche {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(when, "when");
        whenEn = whenEn == null ? "" : whenEn;
        Objects.requireNonNull(state, "state");
    }
}
