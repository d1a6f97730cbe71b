package io.github.talentrules.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command: {@code talent-rules COMMAND --help} as well as {@code help COMMAND},
 * wrapped at the terminal's width. Picocli lays the help out without wrapping (as wide as it needs);
 * each section is then wrapped here at spaces only, so that an id such as
 * {@code zhengzhou.intl-training} or a path is never cut at its dot or hyphen: an option's description
 * continues under its own column, an example command line continues after a {@code \} (still a
 * command one can paste), and Chinese text, which has no spaces, breaks between characters, each
 * counted two columns wide as a terminal shows it.
 */
final class HelpText {
    /** The width when the terminal's is unknown. */
    static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, help is unreadable however it is wrapped. */
    private static final int NARROWEST = 40;
    /** Wide enough that picocli itself never wraps a line. */
    private static final int UNWRAPPED = 2_000;

    private HelpText() {
    }

    /** The terminal's width, as the shell exports it in {@code COLUMNS} (the launcher script does); else 80. */
    static int width(String columns) {
        try {
            int n = columns == null ? 0 : Integer.parseInt(columns.strip());
            return n >= NARROWEST ? n : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Gives every command a {@code -h, --help} option and wraps the help of all of them at {@code width}. */
    static void install(CommandLine root, int width) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        root.setUsageHelpWidth(UNWRAPPED);
        for (CommandLine cl : all) {
            if (cl.getCommandSpec().findOption("--help") == null) {
                cl.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help and exit.").build());
            }
            Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>();
            cl.getHelpSectionMap().forEach((key, renderer) -> sections.put(key, key.endsWith("Heading") ? renderer
                    : key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)
                    ? help -> synopsis(renderer.render(help), help.synopsisHeading(), width)
                    : help -> wrap(renderer.render(help), width, key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION))));
            cl.setHelpSectionMap(sections);
        }
    }

    /**
     * {@code text} with every line at most {@code width} columns, broken at spaces only (or between
     * Chinese characters); a word longer than the line stays whole. In a description, lines its author
     * broke by hand (unindented, one after another) are first joined into one paragraph.
     */
    static String wrap(String text, int width, boolean paragraphs) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (paragraphs) {
            lines = paragraphs(lines);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines.get(i).stripTrailing();
            int lead = line.length() - line.stripLeading().length();
            boolean command = line.startsWith("talent-rules ", lead);
            wrapLine(line, width, 0, command ? lead + 4 : hangingIndent(line, lead), command ? " \\" : "", out);
        }
        return out.toString();
    }

    /** {@code Usage: talent-rules batch [-hx] ...}: continued under the first option, after the heading printed before it. */
    private static String synopsis(String text, String heading, int width) {
        int used = columns(heading.substring(heading.lastIndexOf('\n') + 1));
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            int options = line.indexOf(" [");
            int indent = used + (options > 0 && used + options + 1 <= width / 3 ? options + 1 : 0);
            wrapLine(line, width, i == 0 ? used : 0, indent, "", out);
        }
        return out.toString();
    }

    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int last = out.size() - 1;
            if (last >= 0 && startsPlain(line) && startsPlain(out.get(last))) {
                String before = out.get(last).stripTrailing();
                out.set(last, before + (wide(before.codePointBefore(before.length())) && wide(line.codePointAt(0)) ? "" : " ") + line.strip());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean startsPlain(String line) {
        return !line.isBlank() && !Character.isWhitespace(line.charAt(0));
    }

    /**
     * Wraps one line: {@code used} columns are already taken before it on its first line; its
     * continuation lines start at column {@code indent} and the lines it continues end with {@code tail}.
     * The line's own leading text up to its second column (an option's names) stays as it is.
     */
    private static void wrapLine(String line, int width, int used, int indent, String tail, StringBuilder out) {
        String trimmed = line.stripTrailing();
        if (used + columns(trimmed) <= width) {
            out.append(trimmed);
            return;
        }
        int lead = trimmed.length() - trimmed.stripLeading().length();
        int start = indent <= trimmed.length() && indent > lead && trimmed.charAt(indent - 1) == ' ' && tail.isEmpty() && used == 0 ? indent : lead;
        StringBuilder current = new StringBuilder(trimmed.substring(0, start));
        int offset = used; // columns before current on its line
        boolean empty = true; // nothing but the indent on the current line
        for (String word : trimmed.substring(start).strip().split(" +")) {
            int room = width - offset - columns(current) - (empty ? 0 : 1) - columns(tail);
            if (columns(word) <= room || empty && !hasWide(word)) {
                current.append(empty ? "" : " ").append(word);
                empty = false;
                continue;
            }
            if (!empty) {
                // Only a Chinese run longer than a whole line is broken where it stands; a shorter word moves on whole.
                if (hasWide(word) && room > 2 && columns(word) > width - indent) {
                    // Chinese runs on: fill this line, break between characters.
                    int cut = cut(word, room);
                    if (cut > 0) {
                        current.append(' ').append(word, 0, cut);
                        word = word.substring(cut);
                    }
                }
                out.append(current).append(tail).append('\n');
                current = new StringBuilder(" ".repeat(indent));
                offset = 0;
            }
            while (hasWide(word) && offset + columns(current) + columns(word) > width) {
                int cut = cut(word, width - offset - columns(current));
                if (cut == 0) {
                    break;
                }
                out.append(current).append(word, 0, cut).append('\n');
                current = new StringBuilder(" ".repeat(indent));
                offset = 0;
                word = word.substring(cut);
            }
            current.append(word);
            empty = false;
        }
        out.append(current);
    }

    /** Where the text of a line continues: under its second column (an option's or a command's description), else under its start. */
    private static int hangingIndent(String line, int lead) {
        int gap = line.indexOf("  ", lead);
        while (gap >= 0 && gap < line.length() && line.charAt(gap) == ' ') {
            gap++;
        }
        return gap > lead && gap < line.length() && gap <= line.length() / 2 + lead && gap < 50 ? gap : lead;
    }

    /** How many characters of {@code word}, broken only before a wide character, fit in {@code room} columns. */
    private static int cut(String word, int room) {
        int used = 0;
        int best = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            used += wide(cp) ? 2 : 1;
            if (used > room) {
                break;
            }
            if (next < word.length() && (wide(cp) || wide(word.codePointAt(next)))) {
                best = next;
            }
            i = next;
        }
        return best;
    }

    private static boolean hasWide(String s) {
        return s.codePoints().anyMatch(HelpText::wide);
    }

    /** The columns a terminal gives {@code s}: two for each Chinese character or full-width form. */
    static int columns(CharSequence s) {
        return s.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
