package io.github.talentrules.internal.load;

import io.github.talentrules.TalentRules;
import java.util.function.BiFunction;

/**
 * The packs an engine has loaded, for the tools of the core outside the engine's package
 * ({@link io.github.talentrules.analysis.Validation} reads a loaded pack's warnings). The engine
 * registers how to reach them when its class is initialised, so that no public method of the engine
 * returns the loader's types. Not API.
 */
public final class LoadedPacks {
    private static BiFunction<TalentRules, String, LoadedPack> lookup;

    private LoadedPacks() {
    }

    /** Called once, by {@link TalentRules}. */
    public static synchronized void register(BiFunction<TalentRules, String, LoadedPack> engineLookup) {
        if (lookup != null) {
            throw new IllegalStateException("the engine's packs are already reachable");
        }
        lookup = engineLookup;
    }

    /**
     * The pack with this id that {@code engine} has loaded.
     *
     * @throws IllegalArgumentException when the engine has no pack with this id
     */
    public static LoadedPack of(TalentRules engine, String packId) {
        BiFunction<TalentRules, String, LoadedPack> l;
        synchronized (LoadedPacks.class) {
            l = lookup;
        }
        return l.apply(engine, packId);
    }
}
