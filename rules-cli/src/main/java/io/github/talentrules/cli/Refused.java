package io.github.talentrules.cli;

import io.github.talentrules.explain.Text;

/**
 * An invocation the command refuses before it starts (a path that is neither file nor folder, an
 * output named with the wrong ending, an unknown programme): its words in both languages, shown in
 * the run's, with exit 2.
 */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Text words;

    Refused(Text words) {
        super(words.en(), null, false, false);
        this.words = words;
    }

    Text words() {
        return words;
    }
}
