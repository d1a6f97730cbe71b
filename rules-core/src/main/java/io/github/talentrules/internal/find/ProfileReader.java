package io.github.talentrules.internal.find;

import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.find.Profile;
import io.github.talentrules.internal.Names;
import io.github.talentrules.internal.load.CaseReader;
import io.github.talentrules.internal.load.Tree;
import io.github.talentrules.internal.load.TreeException;
import io.github.talentrules.pack.FactSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a profile file: {@code applicant} (person or unit), {@code asOf}, {@code facts} and
 * {@code attestations}. Each fact is read as a programme of the applicant's kind declares it; where
 * packs declare one name in other words (two lists of titles), the first declaration that reads the
 * value does, and each programme then checks the value against its own.
 */
final class ProfileReader {
    private ProfileReader() {
    }

    /**
     * @param declarations for each kind of applicant, the declarations of each fact a profile may give
     * @param attestations for each kind of applicant, the attestations a profile may give
     */
    static Profile read(String text, String source, Function<Profile.Applicant, Map<String, List<FactSpec>>> declarations,
                        Function<Profile.Applicant, Set<String>> attestations) {
        try {
            Tree root = Tree.parse(text, source).onlyKeys("applicant", "asOf", "facts", "attestations");
            Tree who = root.get("applicant");
            Profile.Applicant applicant;
            try {
                applicant = Profile.Applicant.valueOf(who.text().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw who.error("must be person or unit, not " + who.kind());
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            Map<String, Boolean> attestationsGiven = new LinkedHashMap<>();
            Map<String, List<FactSpec>> known = declarations.apply(applicant);
            for (Map.Entry<String, Tree> e : root.find("facts").map(Tree::entries).orElse(List.of())) {
                if (e.getValue().isNull()) {
                    continue;
                }
                List<FactSpec> specs = known.get(e.getKey());
                if (specs == null) {
                    throw e.getValue().error("is not a fact of any " + applicant.code() + "'s programme" + Names.suggest(e.getKey(), known.keySet()));
                }
                facts.put(e.getKey(), value(specs, e.getValue()));
            }
            Set<String> attested = attestations.apply(applicant);
            for (Map.Entry<String, Tree> e : root.find("attestations").map(Tree::entries).orElse(List.of())) {
                if (e.getValue().isNull()) {
                    continue;
                }
                if (!attested.contains(e.getKey())) {
                    throw e.getValue().error("is not an attestation of any " + applicant.code() + "'s programme" + Names.suggest(e.getKey(), attested));
                }
                attestationsGiven.put(e.getKey(), CaseReader.yesNo(e.getValue()));
            }
            return new Profile(applicant, root.date("asOf"), facts, attestationsGiven, source);
        } catch (CaseReader.Refused e) {
            throw new InvalidCaseException(source, e.path(), e.why());
        } catch (TreeException e) {
            throw new InvalidCaseException(e.source(), e.path(), e.why());
        }
    }

    /** The value as the first declaration that reads it reads it; the first one's error when none does. */
    private static Object value(List<FactSpec> specs, Tree t) {
        RuntimeException first = null;
        for (FactSpec spec : specs) {
            try {
                return CaseReader.convert(spec, t);
            } catch (TreeException | CaseReader.Refused e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }
}
