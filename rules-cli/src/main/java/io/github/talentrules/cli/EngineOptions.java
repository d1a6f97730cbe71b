package io.github.talentrules.cli;

import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that decides cases shares: extra pack folders, the language, tracing. */
final class EngineOptions {

    @Option(names = "--pack", paramLabel = "DIR",
            description = "Also load the pack in DIR (a folder with pack.yaml); repeatable. Its DRL is compiled on start.")
    List<Path> packFolders = new ArrayList<>();

    @Option(names = "--trust-code", paramLabel = "DIR",
            description = {"Let the rules of packs and reforms in DIR (and below) run Java beyond the rule helpers;"
                + " repeatable. Without it such a rule is refused with its file and line (validate lists them)."})
    List<Path> trustedFolders = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the explanations (default: ${DEFAULT-VALUE}).",
            converter = LanguageConverter.class)
    Language language;

    @Option(names = "-x", description = "Print the stack trace of an error.")
    boolean trace;

    TalentRules engine() {
        TalentRules.Builder b = TalentRules.builder().classpathPacks();
        packFolders.forEach(b::packFolder);
        trustedFolders.forEach(b::trustCode);
        return b.build();
    }

    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value);
        }
    }
}
