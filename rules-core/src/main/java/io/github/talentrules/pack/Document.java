package io.github.talentrules.pack;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy document a pack encodes, with the dates it is in force.
 *
 * @param id the document number, 郑科规〔2024〕2号
 * @param title its title
 * @param issuer who issued it
 * @param inForceFrom the first day it applies
 * @param inForceUntil the last day it applies, where the text gives an end
 * @param inForceArticle the article that states the dates (第二十四条)
 * @param approvedOn the date fact of a case's approval (the day the funding plan was issued), where the
 *        payments under an approval follow the document in force on that day rather than on the case's
 *        reference date
 * @param en its name in English, for English explanations ("" where the pack gives none)
 */
public record Document(String id, String title, String issuer, LocalDate inForceFrom,
                       Optional<LocalDate> inForceUntil, String inForceArticle, Optional<String> approvedOn, String en) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(inForceUntil, "inForceUntil");
        Objects.requireNonNull(inForceArticle, "inForceArticle");
        Objects.requireNonNull(approvedOn, "approvedOn");
        en = en == null ? "" : en;
        inForceUntil.ifPresent(u -> {
            if (u.isBefore(inForceFrom)) {
                throw new IllegalArgumentException(id + ": in force until " + u + " is before " + inForceFrom);
            }
        });
    }

    /** A document whose payments are judged on the case's reference date, like everything else. */
    public Document(String id, String title, String issuer, LocalDate inForceFrom, Optional<LocalDate> inForceUntil,
                    String inForceArticle) {
        this(id, title, issuer, inForceFrom, inForceUntil, inForceArticle, Optional.empty(), "");
    }

    /** True when {@code day} lies in the document's in-force period. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && inForceUntil.map(u -> !day.isAfter(u)).orElse(true);
    }
}
