package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.Programme;
import io.github.talentrules.TalentRules;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What a {@link SheetCheck} was built with, shared by its parts. */
record Settings(TalentRules rules, Map<String, Programme> programmes, Optional<String> programme,
                Optional<LocalDate> asOf, Mapping mapping, Language language, Optional<Charset> encoding,
                Optional<Format> format, int threads) {

    /** The programme a cell names: its id, or its Chinese or English name; {@code null} when none. */
    String programmeId(String cell) {
        String n = Headers.normal(cell);
        for (Programme p : programmes.values()) {
            if (n.equals(Headers.normal(p.id())) || n.equals(Headers.normal(p.zh())) || n.equals(Headers.normal(p.en()))) {
                return p.id();
            }
        }
        return null;
    }

    String knownProgrammes() {
        return (language == Language.ZH ? "（可选：" : " (known: ") + String.join(", ", programmes.keySet())
                + (language == Language.ZH ? "）" : ")");
    }
}
