package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.TalentRules;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What a {@link SheetCheck} was built with, shared by its parts. */
record Settings(TalentRules rules, Map<String, Programme> programmes, Map<String, String> programmeNames,
                Map<String, String> programmeText,
                Optional<String> programme, Optional<LocalDate> asOf, Mapping mapping, Language language,
                Optional<Charset> encoding, Optional<Format> format, int threads, java.util.List<String> sheets) {

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

    /** Each programme's id and names run together, as {@link Headers#normal} makes them: for suggestions. */
    static Map<String, String> texts(Map<String, Programme> programmes) {
        Map<String, String> out = new java.util.HashMap<>();
        programmes.values().forEach(p -> out.put(p.id(), Headers.normal(p.id() + p.zh() + p.en())));
        return Map.copyOf(out);
    }

    /** The programme a cell names: its id, or its Chinese or English name; {@code null} when none. */
    String programmeId(String cell) {
        String id = programmeNames.get(cell);
        return id != null ? id : programmeNames.get(Headers.normal(cell));
    }

    /** The programmes to choose from, or the nearest few when there are many. */
    String knownProgrammes(String cell) {
        java.util.List<String> ids = new java.util.ArrayList<>(programmes.keySet());
        if (ids.size() > 6) {
            String n = Headers.normal(cell);
            Map<String, Integer> score = new java.util.HashMap<>();
            for (String id : ids) {
                score.put(id, common(n, programmeText.get(id)));
            }
            ids.sort(java.util.Comparator.comparingInt(id -> -score.get(id)));
            ids = ids.subList(0, 6);
        }
        boolean zh = language == Language.ZH;
        return (zh ? "（可选如：" : " (e.g. ") + String.join(", ", ids) + (programmes.size() > ids.size() ? ", …" : "")
                + (zh ? "；全部见 packs 命令）" : "; `packs` lists all)");
    }

    /** How many characters of a cell a programme's id or names share: a rough nearness for suggestions. */
    private static int common(String cell, String names) {
        return (int) cell.codePoints().filter(c -> names.indexOf(c) >= 0).count();
    }
}
