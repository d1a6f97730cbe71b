package io.github.talentrules.pack;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One rule of a pack, as its DRL declares it: the name that scenarios, article tables and
 * explanations cite, where it is written, and its metadata. The metadata keys a rule may carry are
 * spelt here, once: {@value #ARTICLE}, {@value #PROGRAMME}, {@value #SCOPE}, {@value #EXCEPTION_OF},
 * {@value #SOFT} and {@value #EN}.
 *
 * <pre>{@code
 * rule "9.2 年龄上限"
 *     @article("第九条第（二）项") @programme("zhengzhou.intl-training") @en("Age limit")
 * }</pre>
 *
 * @param name the rule's name, unique in its pack ({@code 9.2 年龄上限})
 * @param file the DRL file it is written in, as the pack names it ({@code rules/intl-training.drl}),
 *        as a reform names it for a rule a reform adds, or {@link #CORE_FILE} for the rules every
 *        pack shares
 * @param line its line in that file, where known
 * @param article the article it encodes ({@code 第九条第（二）项}); the rules of the core have none
 *        (they cite the document's own in-force article)
 * @param programmes the programmes it applies to; empty for the rules of the core, which apply to all
 * @param scope whether it judges each case or the cases of a batch together
 * @param exceptionOf the rule it is an exception or relaxation of (但…除外, 可适当放宽)
 * @param soft whether the text states it as an expectation (一般应…) rather than a condition
 * @param en its title in English, where the pack gives one
 */
public record Rule(String name, String file, OptionalInt line, Optional<String> article, List<String> programmes,
                   Scope scope, Optional<String> exceptionOf, boolean soft, Optional<String> en) {

    /** {@code @article("第九条第（二）项")}: the article the rule encodes. */
    public static final String ARTICLE = "article";
    /** {@code @programme("zhengzhou.intl-training")}: the programmes, separated by commas. */
    public static final String PROGRAMME = "programme";
    /** {@code @scope("batch")}: a rule over the cases of a batch; without it, a rule on each case. */
    public static final String SCOPE = "scope";
    /** {@code @exceptionOf("9.2 年龄上限")}: the base rule it is an exception of. */
    public static final String EXCEPTION_OF = "exceptionOf";
    /** {@code @soft}: a failed finding of the rule asks for review instead of failing the case. */
    public static final String SOFT = "soft";
    /** {@code @en("Age limit")}: the rule's title in English. */
    public static final String EN = "en";

    /** The DRL of the rules every pack shares, in rules-core. */
    public static final String CORE_FILE = "io/github/talentrules/core/core.drl";

    /** Rule names in article order: "9.2" before "14", numbers compared as numbers, then by the rest of the name. */
    public static final Comparator<String> ORDER = Rule::compareNames;

    /** Whether a rule judges one case at a time or the cases of a batch together. */
    public enum Scope {
        /** Each case on its own (no {@code @scope}). */
        CASE,
        /** The cases of a batch together: one applicant per company, quotas, targets ({@code @scope("batch")}). */
        BATCH;

        /** The scope a rule's {@value Rule#SCOPE} metadata gives: {@code "batch"} for {@link #BATCH}, anything else or none for {@link #CASE}. */
        public static Scope of(Object metadata) {
            return "batch".equals(metadata) ? BATCH : CASE;
        }
    }

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(article, "article");
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(exceptionOf, "exceptionOf");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The rule as a reader names it: in Chinese by its name; in English by its English title
     * ({@code @en}), after the name's number where the name starts with one in Arabic numerals
     * ({@code 9.2 Age limit}); by its name where it has no English title.
     */
    public String title(io.github.talentrules.Language language) {
        if (language == io.github.talentrules.Language.EN && en.isPresent()) {
            int space = name.indexOf(' ');
            String number = space < 0 ? "" : name.substring(0, space);
            return !number.isEmpty() && number.chars().allMatch(ch -> ch < 128) ? number + " " + en.get() : en.get();
        }
        return name;
    }

    /** Whether this is one of the rules of the core that every pack shares. */
    public boolean core() {
        return file.equals(CORE_FILE);
    }

    /** Whether the rule judges the cases of a batch together ({@code @scope("batch")}). */
    public boolean overBatch() {
        return scope == Scope.BATCH;
    }

    /** Whether the rule applies to cases of {@code programme}: it names it, or names none. */
    public boolean appliesTo(String programme) {
        return programmes.isEmpty() || programmes.contains(programme);
    }

    private static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = Long.compare(Long.parseLong(a.substring(si, Math.min(i, si + 18))), Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
