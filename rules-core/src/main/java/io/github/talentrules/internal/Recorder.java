package io.github.talentrules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the rules of one evaluation found, kept by the engine in the session's global
 * {@value #GLOBAL} (declared in the core rules). The rule helpers record each finding here; a finding
 * that some rule's conditions may read is also inserted into the session: one whose rule a
 * {@code Finding(rule == "...")} or {@code Finding(rule in (...))} pattern names, or every finding
 * where a pattern reads findings otherwise (by status or article, as national art. 25 does). Which
 * those are, the loader reads from the pack's DRL, erring towards inserting. Inserting every finding
 * cost a quarter of a decision, for the one in ten that any rule reads.
 */
public final class Recorder {
    /** The name of the global the core rules declare. */
    public static final String GLOBAL = "recorder";

    private final Predicate<String> readByRules;
    private final List<Object> recorded = new ArrayList<>();

    /** @param readByRules whether a rule's conditions may read the findings of the rule of this name */
    public Recorder(Predicate<String> readByRules) {
        this.readByRules = readByRules;
    }

    /**
     * Records what a rule's helper made for the running rule, and inserts it where another rule may
     * read it. Returns it.
     */
    public static <T> T record(RuleContext rule, T made) {
        Object global = rule.getKieRuntime().getGlobal(GLOBAL);
        if (!(global instanceof Recorder recorder)) {
            throw new IllegalStateException("rule '" + rule.getRule().getName()
                    + "' ran in a session without the engine's recorder: run packs through TalentRules");
        }
        recorder.recorded.add(made);
        if (recorder.readByRules.test(rule.getRule().getName())) {
            rule.getKieRuntime().insert(made);
        }
        return made;
    }

    /** Everything recorded, in the order the rules fired. */
    public List<Object> recorded() {
        return recorded;
    }
}
