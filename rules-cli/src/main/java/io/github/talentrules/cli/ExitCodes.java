package io.github.talentrules.cli;

/** The exit status of every command, as the help footer and the README list them. */
final class ExitCodes {
    static final int DONE = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_PACK = 3;
    static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
