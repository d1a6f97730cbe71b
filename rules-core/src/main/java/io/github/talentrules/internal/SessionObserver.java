package io.github.talentrules.internal;

import io.github.talentrules.pack.Rule;
import io.github.talentrules.pack.RulePack;
import java.util.Collection;
import java.util.Map;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * What watches the sessions an engine runs, such as {@link io.github.talentrules.analysis.Coverage}
 * counting the rules that fire. An engine with an observer gives each evaluation a session of its own
 * and attaches the listener the observer returns; an engine without one attaches nothing and pays
 * nothing. Not API: set one with {@link io.github.talentrules.TalentRules#recordingTo}.
 */
public interface SessionObserver {

    /**
     * Called before a session runs.
     *
     * @param pack the pack whose rules the session runs
     * @param rules every rule of that pack, as compiled (under a reform, if any)
     * @param programmes the programmes of the cases the session holds
     * @param decision whether the session decides one case (rather than running the rules over a batch)
     * @return the listener to attach to the session; it may be called from the session's thread only
     */
    AgendaEventListener watch(RulePack pack, Map<String, Rule> rules, Collection<String> programmes, boolean decision);
}
