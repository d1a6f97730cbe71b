package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.Programme;
import io.github.talentrules.TalentRules;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What a {@link SheetCheck} was built with, shared by its parts. */
record Settings(TalentRules rules, Map<String, Programme> programmes, Map<String, String> programmeNames,
                Optional<String> programme, Optional<LocalDate> asOf, Mapping mapping, Language language,
                Optional<Charset> encoding, Optional<Format> format, int threads) {

    /** Each programme by its id and its Chinese and English names, as {@link Headers#normal} makes them. */
    static Map<String, String> names(Map<String, Programme> programmes) {
        Map<String, String> names = new java.util.HashMap<>();
        for (Programme p : programmes.values()) {
            names.putIfAbsent(Headers.normal(p.zh()), p.id());
            names.putIfAbsent(Headers.normal(p.en()), p.id());
        }
        for (Programme p : programmes.values()) {
            names.put(Headers.normal(p.id()), p.id());
        }
        return Map.copyOf(names);
    }

    /** The programme a cell names: its id, or its Chinese or English name; {@code null} when none. */
    String programmeId(String cell) {
        String id = programmeNames.get(cell);
        return id != null ? id : programmeNames.get(Headers.normal(cell));
    }

    String knownProgrammes() {
        return (language == Language.ZH ? "（可选：" : " (known: ") + String.join(", ", programmes.keySet())
                + (language == Language.ZH ? "）" : ")");
    }
}
