package io.github.talentrules.internal.load;

import io.github.talentrules.internal.Names;
import io.github.talentrules.internal.Width;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A DRL file read as tokens, to say what is wrong in it where it is: the file, line and column of
 * the real place, the line quoted with a caret under it, and what to write instead, in plain words.
 *
 * <p>What Drools' parser stumbles over in ways that hide the place (it reports the line after a
 * missing {@code )}, says "no viable alternative at input ''" for a full-width {@code （} and fails
 * with an internal error on a stray {@code `}) is found here first: characters DRL cannot hold outside
 * a string or comment, a string not closed, brackets that do not pair, a rule without {@code then}
 * or {@code end}. What Drools still reports (its parser's and compiler's messages) is put in the same
 * words and moved to the real place: the compiler reports an error in a consequence at its rule's first
 * line, and the name it names (a method, a variable) is looked up in the consequence. Immutable.
 */
final class DrlDiagnostics {
    /** The words of DRL that open and close the parts of a rule. */
    private static final Set<String> KEYWORDS = Set.of("rule", "query", "declare", "when", "then", "end");
    /** Statements a consequence starts with: where a rule without {@code then} has its consequence. */
    private static final Set<String> CONSEQUENCE_STARTS = Set.of("Check", "When", "Pay", "Across", "drools", "insert",
            "insertLogical", "modify", "update", "delete", "retract");
    /** Words that start a new pattern or condition on a line of their own. */
    private static final Set<String> PATTERN_STARTS = Set.of("not", "exists", "forall", "accumulate", "eval", "and", "or");
    private static final String RULE_PACKAGE = "io.github.talentrules.rule.";

    private enum Kind { WORD, STRING, SYMBOL, ODD }

    /** A token: {@code line} and {@code column} from 1, {@code first} when it is the first on its line. */
    private record Token(Kind kind, String text, int line, int column, boolean first) {
        boolean is(String s) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(s);
        }

        /** The column just after it. */
        int after() {
            return column + text.length();
        }
    }

    /** A rule as its keywords delimit it: tokens by index, {@code then} and {@code end} -1 when missing. */
    private record Span(String name, int line, int start, int when, int then, int end) {
    }

    /** A problem at a place: the carets go under each column given (the first is the place). */
    private record Problem(int line, List<Integer> columns, String message) {
        Problem(int line, int column, String message) {
            this(line, List.of(column), message);
        }
    }

    private final String text;
    private final String[] lines;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private DrlDiagnostics(String text) {
        this.text = text;
        this.lines = text.split("\r?\n", -1);
        lex();
        if (problems.isEmpty()) {
            structure();
        }
    }

    /** The file read. */
    static DrlDiagnostics of(String text) {
        return new DrlDiagnostics(text);
    }

    /** What is wrong in the file before Drools reads it, each as {@link #format}s it; empty when nothing is found. */
    List<String> problems(String file) {
        return problems.stream().map(p -> format(file, p)).toList();
    }

    // ---- reading the tokens ----

    private void lex() {
        int line = 1;
        int lineStart = 0;
        boolean first = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int column = i - lineStart + 1;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                first = true;
                i++;
            } else if (c != '\u3000' && Character.isWhitespace(c) || c == '\uFEFF' && i == 0) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                if (close < 0) {
                    problems.add(new Problem(lineOf(i), column, "the comment opened here with '/*' is not closed: write '*/' where it ends"));
                }
                i = stop;
            } else if (text.startsWith("\"\"\"", i)) {
                // A text block of a consequence's Java.
                int close = text.indexOf("\"\"\"", i + 3);
                int stop = close < 0 ? n : close + 3;
                if (close < 0) {
                    problems.add(new Problem(line, column, "the text block opened here with \"\"\" is not closed: write \"\"\" where it ends"));
                }
                tokens.add(new Token(Kind.STRING, text.substring(i, stop), line, column, first));
                first = false;
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= n || text.charAt(j) != c) {
                    problems.add(new Problem(line, column, "the text opened here with " + c + " is not closed on its line: write "
                            + c + " where it ends" + (c == '\'' ? "" : " (a full-width “ or ” does not close it)")));
                    j = Math.min(j, n - 1);
                }
                tokens.add(new Token(Kind.STRING, text.substring(i, Math.min(j + 1, n)), line, column, first));
                first = false;
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isJavaIdentifierPart(text.charAt(j)) || Character.isDigit(c) && text.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, j), line, column, first));
                first = false;
                i = j;
            } else if (c < 0x7F && c != '`' && c > ' ') {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line, column, first));
                first = false;
                i++;
            } else {
                tokens.add(new Token(Kind.ODD, String.valueOf(c), line, column, first));
                first = false;
                i++;
            }
        }
        odd();
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The ASCII character a Chinese input method's full-width one stands for, or the character itself. */
    private static char half(char c) {
        return switch (c) {
            case '“', '”', '„' -> '"';
            case '‘', '’' -> '\'';
            case '、' -> ',';
            case '。' -> '.';
            case '【' -> '[';
            case '】' -> ']';
            default -> Width.fold(String.valueOf(c)).charAt(0);
        };
    }

    /** Characters DRL cannot hold outside a string or a comment: full-width ones, one problem per line, and any other. */
    private void odd() {
        List<Token> odd = tokens.stream().filter(t -> t.kind() == Kind.ODD).toList();
        for (int line : odd.stream().map(Token::line).distinct().toList()) {
            List<Token> here = odd.stream().filter(t -> t.line() == line).toList();
            List<Token> wide = here.stream().filter(t -> half(t.text().charAt(0)) != t.text().charAt(0)).toList();
            if (!wide.isEmpty()) {
                String chars = wide.stream().map(t -> "'" + t.text() + "'").distinct().collect(Collectors.joining(" "));
                String ascii = wide.stream().map(t -> "'" + half(t.text().charAt(0)) + "'").distinct().collect(Collectors.joining(" "));
                StringBuilder fixed = new StringBuilder(lines[line - 1]);
                for (int w = wide.size() - 1; w >= 0; w--) {
                    Token t = wide.get(w);
                    char h = half(t.text().charAt(0));
                    boolean spaced = (h == ',' || h == ':') && t.column() < fixed.length() && !Character.isWhitespace(fixed.charAt(t.column()));
                    fixed.replace(t.column() - 1, t.column(), spaced ? h + " " : String.valueOf(h));
                }
                problems.add(new Problem(line, wide.stream().map(Token::column).toList(), chars + (wide.size() > 1 ? " are" : " is")
                        + " typed full-width (a Chinese input method), where DRL needs " + ascii + ": write '" + fixed.toString().strip() + "'"));
            }
            here.stream().filter(t -> !wide.contains(t)).forEach(t -> problems.add(new Problem(line, t.column(),
                    "'" + t.text() + "' (" + name(t.text().charAt(0)) + ") cannot stand in DRL outside a string or a comment: delete it")));
        }
    }

    private static String name(char c) {
        String n = Character.getName(c);
        return "U+" + String.format("%04X", (int) c) + (n == null ? "" : " " + n.toLowerCase(java.util.Locale.ROOT));
    }

    // ---- the parts of each rule, and their brackets ----

    private enum State { TOP, HEADER, WHEN, THEN, DECLARE }

    private void structure() {
        State state = State.TOP;
        int start = -1;
        int when = -1;
        int then = -1;
        String name = "";
        int sectionFrom = 0;
        boolean bracketReported = false;
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (keyword(i, open.isEmpty())) {
                String k = t.text();
                if (k.equals("rule") || k.equals("query") || k.equals("declare")) {
                    if (state != State.TOP) {
                        unclosed(open, state, sectionFrom, i, bracketReported);
                        Token last = tokens.get(i - 1);
                        problems.add(new Problem(last.line(), last.after(), ruleName(name, start) + " has no 'end': write 'end' on a line"
                                + " of its own after its " + (state == State.WHEN ? "conditions" : "consequence") + ", before the "
                                + k + " at line " + t.line()));
                        spans.add(new Span(name, tokens.get(start).line(), start, when, then, -1));
                    }
                    state = k.equals("declare") ? State.DECLARE : State.HEADER;
                    start = i;
                    when = -1;
                    then = -1;
                    name = i + 1 < tokens.size() ? unquote(tokens.get(i + 1).text()) : "";
                } else if (k.equals("when") && (state == State.HEADER)) {
                    state = State.WHEN;
                    when = i;
                } else if (k.equals("then") && (state == State.HEADER || state == State.WHEN)) {
                    bracketReported |= unclosed(open, state, sectionFrom, i, bracketReported);
                    state = State.THEN;
                    then = i;
                } else if (k.equals("end") && state != State.TOP) {
                    if (state == State.WHEN) {
                        Token at = missingThen(when, i);
                        problems.add(new Problem(at.line(), at.column(), ruleName(name, start) + " has no 'then': write 'then' on a line"
                                + " of its own above line " + at.line() + ", where its consequence starts"));
                        bracketReported = true;
                    }
                    unclosed(open, state, sectionFrom, i, bracketReported);
                    spans.add(new Span(name, tokens.get(start).line(), start, when, then, i));
                    state = State.TOP;
                } else if (state == State.TOP || k.equals("when") || k.equals("then")) {
                    problems.add(new Problem(t.line(), t.column(), "'" + k + "' " + (state == State.TOP ? "stands outside any rule"
                            : "comes a second time in " + ruleName(name, start)) + ": each rule is written rule \"name\" ... when ... then ... end"));
                    return;
                }
                if (!k.equals("end") || state == State.TOP) {
                    open.clear();
                    sectionFrom = i + 1;
                    bracketReported = false;
                }
                continue;
            }
            if (bracketReported) {
                continue;
            }
            bracketReported = bracket(t, open, state);
        }
        if (state != State.TOP && !tokens.isEmpty()) {
            unclosed(open, state, sectionFrom, tokens.size(), bracketReported);
            Token last = tokens.get(tokens.size() - 1);
            problems.add(new Problem(last.line(), last.after(), ruleName(name, start) + " has no 'end': write 'end' on a line of its own"
                    + " after its " + (state == State.WHEN ? "conditions" : "consequence") + ", at the end of the file"));
            spans.add(new Span(name, tokens.get(start).line(), start, when, then, -1));
        }
    }

    /**
     * Whether the token is one of DRL's words that delimit a rule: the first on its line or outside any
     * bracket, not a name read ({@code $f.end}, {@code end = 1}, {@code rule == "2.1 ..."}), and a rule's
     * or query's name written after it.
     */
    private boolean keyword(int i, boolean outside) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.WORD || !KEYWORDS.contains(t.text()) || !(t.first() || outside) || i > 0 && tokens.get(i - 1).is(".")) {
            return false;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (t.text().equals("rule") || t.text().equals("query") || t.text().equals("declare")) {
            // A name follows (quoted, or a plain word for a query or declared type), not an operator: rule in ("a", "b").
            return next != null && (next.kind() == Kind.STRING || next.kind() == Kind.WORD && !next.is("in") && !next.is("not")
                    && !next.is("memberOf") && !next.is("matches") && !next.is("contains"));
        }
        return next == null || next.line() > t.line() || next.kind() != Kind.SYMBOL || next.is("@");
    }

    private String ruleName(String name, int start) {
        return "rule \"" + name + "\" (line " + tokens.get(start).line() + ")";
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'")) ? s.substring(1, s.length() - 1) : s;
    }

    /** Where a rule without {@code then} has its consequence: the first line that starts as a consequence does, else its {@code end}. */
    private Token missingThen(int when, int end) {
        for (int i = Math.max(when, 0) + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.first() && t.kind() == Kind.WORD && CONSEQUENCE_STARTS.contains(t.text())) {
                return t;
            }
        }
        return tokens.get(end);
    }

    /** Pairs one bracket; a problem (and {@code true}) when it closes none or another, or when a consequence's statement ends inside one. */
    private boolean bracket(Token t, Deque<Token> open, State state) {
        if (t.kind() != Kind.SYMBOL) {
            return false;
        }
        String s = t.text();
        if (s.equals("(") || s.equals("[") || s.equals("{")) {
            open.push(t);
            return false;
        }
        if (s.equals(")") || s.equals("]") || s.equals("}")) {
            if (open.isEmpty()) {
                problems.add(new Problem(t.line(), t.column(), "'" + s + "' closes no '" + opening(s) + "': delete it, or write the '"
                        + opening(s) + "' it closes"));
                return true;
            }
            Token o = open.pop();
            if (!closing(o.text()).equals(s)) {
                problems.add(new Problem(t.line(), t.column(), "'" + s + "' comes where the '" + o.text() + "' at line " + o.line()
                        + ", column " + o.column() + " needs its '" + closing(o.text()) + "': write '" + closing(o.text()) + "' before it"));
                return true;
            }
            return false;
        }
        if (s.equals(";") && state == State.THEN && !open.isEmpty() && !open.peek().is("{") && !afterFor(open.peek())) {
            Token o = open.peek();
            problems.add(new Problem(t.line(), t.column(), "'" + closing(o.text()) + "' is missing before ';': the '" + o.text()
                    + "' at line " + o.line() + ", column " + o.column() + " is not closed"));
            return true;
        }
        return false;
    }

    /** Whether the bracket opens a {@code for (...;...;...)}, where a {@code ;} stands inside it. */
    private boolean afterFor(Token open) {
        int i = tokens.indexOf(open);
        return i > 0 && tokens.get(i - 1).is("for");
    }

    /**
     * A bracket still open where a part of a rule ends. In the conditions a pattern may run over several
     * lines, so the missing bracket goes at the end of the line before the next pattern starts (a line
     * that starts with a binding {@code $x :}, a type and its {@code (}, or {@code not}, {@code exists}...).
     */
    private boolean unclosed(Deque<Token> open, State state, int from, int to, boolean reported) {
        if (open.isEmpty() || reported) {
            return false;
        }
        Token o = open.peekLast();
        Token place = tokens.get(Math.max(to - 1, from));
        int oi = tokens.indexOf(o);
        if (state == State.WHEN) {
            for (int i = oi + 1; i < to; i++) {
                Token t = tokens.get(i);
                boolean next = t.first() && t.line() > o.line() && (t.kind() == Kind.WORD && (t.text().startsWith("$")
                        || PATTERN_STARTS.contains(t.text()) || Character.isUpperCase(t.text().charAt(0)) && i + 1 < to && tokens.get(i + 1).is("(")));
                if (next) {
                    place = tokens.get(i - 1);
                    break;
                }
            }
        }
        String needs = open.stream().map(b -> closing(b.text())).collect(Collectors.joining());
        problems.add(new Problem(place.line(), place.after(), "'" + needs + "' is missing here: the '" + o.text() + "' at line " + o.line()
                + ", column " + o.column() + " is not closed"));
        return true;
    }

    private static String closing(String open) {
        return switch (open) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
    }

    private static String opening(String close) {
        return switch (close) {
            case ")" -> "(";
            case "]" -> "[";
            default -> "{";
        };
    }

    // ---- Drools' own messages, in the same words and at the real place ----

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)'(?: expecting (.*?))?(?: in (rule|pattern|query).*)?$");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'.*");
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*?)'(?: expecting (.*?))?(?: in .*)?$");
    private static final Pattern MISSING = Pattern.compile("missing (.*?) at '(.*?)'.*");

    /**
     * A message of Drools' parser at {@code line} and {@code column} (from 1; 0 when it gives none),
     * in plain words. The messages that follow from another ({@code Parser returned a null Package}) are
     * for the caller to leave out.
     */
    String parserError(String file, int line, int column, String raw) {
        String m = raw.lines().findFirst().orElse("").strip();
        Matcher pre = PARSER_PREFIX.matcher(m);
        if (pre.find()) {
            line = line > 0 ? line : Integer.parseInt(pre.group(1));
            column = column > 0 ? column : Integer.parseInt(pre.group(2)) + 1;
            m = m.substring(pre.end());
        }
        Matcher x;
        String words;
        if ((x = MISMATCHED.matcher(m)).matches()) {
            words = "'" + x.group(1) + "' cannot come here" + (x.group(2) == null ? "" : " (Drools expects " + x.group(2) + ")")
                    + ": is something missing before it (a ')', a ',', 'then', 'end')?";
        } else if ((x = NO_VIABLE.matcher(m)).matches()) {
            words = x.group(1).isEmpty() ? "Drools cannot read what is written here" : "Drools cannot read '" + x.group(1) + "' here";
        } else if ((x = EXTRANEOUS.matcher(m)).matches()) {
            words = "'" + x.group(1) + "' is one too many here: delete it";
        } else if ((x = MISSING.matcher(m)).matches()) {
            words = x.group(1) + " is missing before '" + x.group(2) + "'";
        } else {
            words = "Drools cannot read this: " + m;
        }
        if (line <= 0 || line > lines.length) {
            return file + ": " + words;
        }
        return format(file, new Problem(line, column > 0 ? column : firstColumn(line), words));
    }

    private static final Pattern UNDEFINED = Pattern.compile("The method (\\w+)\\((.*)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The method (\\w+)\\((.*)\\) in the type (\\w+) is not applicable for the arguments \\((.*)\\)");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\S+) cannot be resolved(?: to a (variable|type))?");
    private static final Pattern INSERT = Pattern.compile("Syntax error, insert \"(.*?)\" to complete (\\w+)");
    private static final Pattern DELETE = Pattern.compile("Syntax error on tokens?( \"(.*?)\")?, delete (this|these) tokens?");
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(.*?)'");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):?$");

    /**
     * A message of Drools' compiler about {@code line} (0 when it gives none) in plain words, at the real
     * place: an error in a consequence, which the compiler reports at its rule's first line, is put on
     * the line of the name it names, or where the consequence stops being Java. Empty when the message
     * follows from another (a variable whose pattern does not compile).
     */
    Optional<String> compileError(String file, int line, String raw) {
        String first = raw.lines().findFirst().orElse("").strip().replaceFirst("^Rule Compilation error\\s*", "");
        Optional<Span> rule = spans.stream().filter(s -> line == s.line()).findFirst()
                .or(() -> spans.stream().filter(s -> tokens.get(s.start()).line() <= line && (s.end() < 0 || tokens.get(s.end()).line() >= line))
                        .findFirst());
        List<Token> consequence = rule.filter(s -> s.then() >= 0).map(s -> tokens.subList(s.then() + 1, s.end() < 0 ? tokens.size() : s.end()))
                .orElse(List.of());
        if (raw.startsWith("Rule Compilation error") && rule.isPresent() && rule.get().then() >= 0 && rule.get().end() >= 0) {
            Optional<String> notJava = notJava(file, rule.get());
            if (notJava.isPresent()) {
                return notJava;
            }
        }
        Matcher x;
        if ((x = UNRESOLVED.matcher(first)).find() && x.group(1).startsWith("$") && rule.isPresent() && bound(rule.get()).contains(x.group(1))) {
            return Optional.empty();
        }
        return Optional.of(compileError(file, line, raw, first, rule, consequence));
    }

    /** The variables a rule's conditions bind. */
    private Set<String> bound(Span s) {
        return tokens.subList(s.start(), s.then() < 0 ? s.start() : s.then()).stream()
                .filter(k -> k.kind() == Kind.WORD && k.text().startsWith("$")).map(Token::text)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Where a rule's consequence stops being Java, as JavaParser finds it: Drools' compiler reads on and
     * reports something else ({@code Check.atMost(drools, $f "age", ...)} is "not applicable for the
     * arguments"), at the rule's first line.
     */
    private Optional<String> notJava(String file, Span s) {
        Token then = tokens.get(s.then());
        Token end = tokens.get(s.end());
        int from = offset(then.line(), then.after());
        int to = offset(end.line(), end.column());
        var parsed = new com.github.javaparser.JavaParser(new com.github.javaparser.ParserConfiguration()
                .setLanguageLevel(com.github.javaparser.ParserConfiguration.LanguageLevel.JAVA_17)).parseBlock("{" + text.substring(from, to) + "\n}");
        if (parsed.isSuccessful()) {
            return Optional.empty();
        }
        // The token the parser found where it could not go on: the one after the last it read.
        return parsed.getProblems().stream().findFirst().flatMap(p -> p.getCause())
                .filter(c -> c instanceof com.github.javaparser.ParseException pe && pe.currentToken != null && pe.currentToken.next != null)
                .map(c -> ((com.github.javaparser.ParseException) c).currentToken.next)
                .map(t -> {
                    int l = then.line() + t.beginLine - 1;
                    int c = t.beginLine == 1 ? then.after() + t.beginColumn - 2 : t.beginColumn;
                    return format(file, new Problem(l, c, "'" + t.image + "' cannot come here in the consequence: is a ',', an"
                            + " operator or a ')' missing before it?"));
                });
    }

    /** The character offset of a line and column (both from 1). */
    private int offset(int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + column - 1;
    }

    private String compileError(String file, int line, String raw, String first, Optional<Span> rule, List<Token> consequence) {
        Matcher x;
        if ((x = UNDEFINED.matcher(first)).find()) {
            String method = x.group(1);
            String type = x.group(3);
            return at(file, call(consequence, type, method), line, type + " has no method " + method
                    + Names.suggest(method, methods(type).stream().map(Method::getName).collect(Collectors.toCollection(LinkedHashSet::new)))
                    + written(type, method));
        }
        if ((x = NOT_APPLICABLE.matcher(first)).find()) {
            String method = x.group(1);
            String type = x.group(3);
            int given = split(x.group(4)).size();
            Set<Integer> counts = methods(type).stream().filter(m -> m.getName().equals(method)).map(Method::getParameterCount)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            String what = !counts.isEmpty() && !counts.contains(given)
                    ? " takes " + counts.stream().map(String::valueOf).collect(Collectors.joining(" or ")) + " arguments, not " + given
                    : " does not take arguments of these kinds (" + x.group(4) + ")";
            return at(file, call(consequence, type, method), line, type + "." + method + what + written(type, method));
        }
        if ((x = UNRESOLVED.matcher(first)).find()) {
            String name = x.group(1);
            Optional<Token> t = consequence.stream().filter(k -> k.text().equals(name)).findFirst();
            if (name.startsWith("$") && rule.isPresent()) {
                return at(file, t, line, name + " is bound by no pattern of the rule's conditions" + Names.suggest(name, bound(rule.get())));
            }
            return at(file, t, line, "'" + name + "' is no " + ("type".equals(x.group(2)) ? "type" : "name") + " the rule knows"
                    + Names.suggest(name, List.of("Check", "When", "Pay", "Across", "drools")) + ": is it imported and spelt right?");
        }
        if ((x = INSERT.matcher(first)).find()) {
            return at(file, Optional.empty(), line, "a '" + x.group(1) + "' is missing in the consequence");
        }
        if ((x = DELETE.matcher(first)).find()) {
            String bad = x.group(2);
            Optional<Token> t = bad == null ? Optional.empty() : consequence.stream().filter(k -> k.text().equals(bad)).findFirst();
            return at(file, t, line, (bad == null ? "something" : "'" + bad + "'") + " cannot stand here: delete it");
        }
        Matcher strict = STRICT.matcher(raw);
        if (strict.find()) {
            String type = strict.group(1);
            String name = strict.group(2);
            String simple = type.substring(type.lastIndexOf('.') + 1);
            return at(file, onLine(line, name), line, simple + " has no '" + name + "' to read" + Names.suggest(name, properties(type)));
        }
        if ((x = OBJECT_TYPE.matcher(first)).find()) {
            String type = x.group(1);
            return at(file, onLine(line, type), line, "'" + type + "' is no type the rules know"
                    + Names.suggest(type, List.of("Facts", "Finding", "Params", "Document")) + ": is it imported and spelt right?");
        }
        if ((x = ANALYSE.matcher(first)).find()) {
            String detail = raw.lines().filter(l -> l.startsWith("[Error:")).findFirst()
                    .map(l -> ": " + l.replaceFirst("^\\[Error:\\s*", "").replaceFirst("]$", "")).orElse("");
            return at(file, Optional.empty(), line, "Drools cannot read the condition '" + x.group(1) + "'" + detail);
        }
        return at(file, Optional.empty(), line, first);
    }

    /** The call {@code type.method(} in the consequence, or {@code method(} alone. */
    private static Optional<Token> call(List<Token> consequence, String type, String method) {
        for (int i = 0; i + 1 < consequence.size(); i++) {
            if (consequence.get(i).is(method) && consequence.get(i + 1).is("(") && i >= 2 && consequence.get(i - 1).is(".")
                    && consequence.get(i - 2).text().equals(type)) {
                return Optional.of(consequence.get(i));
            }
        }
        for (int i = 0; i + 1 < consequence.size(); i++) {
            if (consequence.get(i).is(method) && consequence.get(i + 1).is("(")) {
                return Optional.of(consequence.get(i));
            }
        }
        return Optional.empty();
    }

    private Optional<Token> onLine(int line, String word) {
        return tokens.stream().filter(t -> t.line() == line && t.text().equals(word)).findFirst();
    }

    /** The message at the token found, or at {@code line} (its first character) when none is. */
    private String at(String file, Optional<Token> t, int line, String words) {
        if (t.isPresent()) {
            return format(file, new Problem(t.get().line(), t.get().column(), words));
        }
        if (line <= 0 || line > lines.length) {
            return file + ": " + words;
        }
        return format(file, new Problem(line, firstColumn(line), words));
    }

    private int firstColumn(int line) {
        String l = lines[line - 1];
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    /** The public static methods of a rule helper ({@code Check}), or none for another type. */
    private static List<Method> methods(String type) {
        try {
            Class<?> c = Class.forName(RULE_PACKAGE + type);
            return Arrays.stream(c.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c).toList();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    /** How a helper's method is written, {@code ; write Check.atMost(drools, facts, fact, params, key)}, or nothing. */
    private static String written(String type, String method) {
        List<String> forms = methods(type).stream().filter(m -> m.getName().equals(method))
                .map(m -> type + "." + method + "(" + Arrays.stream(m.getParameters()).map(p -> p.getType() == Object.class
                        && p.getName().equals("rule") ? "drools" : p.getName()).collect(Collectors.joining(", ")) + ")")
                .distinct().sorted().toList();
        return forms.isEmpty() ? "" : "; it is written " + String.join(" or ", forms);
    }

    /** What a pattern of {@code type} may read: its public methods without parameters, as {@code name} or a getter's property. */
    private static Set<String> properties(String type) {
        try {
            Class<?> c = Class.forName(type);
            Set<String> out = new LinkedHashSet<>();
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                String n = m.getName();
                out.add(n);
                if (n.startsWith("get") && n.length() > 3 && m.getParameterCount() == 0) {
                    out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                }
            }
            return out;
        } catch (ClassNotFoundException | LinkageError e) {
            return Set.of();
        }
    }

    /** The items of a comma-separated list of types, commas inside {@code <...>} kept. */
    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder item = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == ',' && depth == 0) {
                out.add(item.toString().strip());
                item.setLength(0);
                continue;
            }
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            item.append(c);
        }
        if (!item.toString().isBlank()) {
            out.add(item.toString().strip());
        }
        return out;
    }

    // ---- the place, quoted ----

    /**
     * {@code file:line:column: message}, then the line quoted and a caret under each column (wide
     * characters, as a terminal shows Chinese, take two places; a tab stays a tab):
     * <pre>
     * rules/grant.drl:21:17: '（' is typed full-width ...
     *    21 |     Check.atMost（drools, ...
     *       |                 ^
     * </pre>
     */
    private String format(String file, Problem p) {
        String line = p.line() <= lines.length ? lines[p.line() - 1].stripTrailing() : "";
        String number = String.valueOf(p.line());
        String margin = " ".repeat(Math.max(4, number.length() + 1));
        StringBuilder caret = new StringBuilder();
        int at = 0;
        for (int column : p.columns().stream().sorted().toList()) {
            for (; at < column - 1; at++) {
                char c = at < line.length() ? line.charAt(at) : ' ';
                caret.append(c == '\t' ? "\t" : wide(c) ? "  " : " ");
            }
            caret.append('^');
            at++;
            if (at - 1 < line.length() && wide(line.charAt(at - 1))) {
                caret.append(' ');
            }
        }
        return file + ":" + p.line() + ":" + p.columns().get(0) + ": " + p.message()
                + "\n" + margin.substring(number.length()) + number + " | " + line
                + "\n" + margin + " | " + caret.toString().stripTrailing();
    }

    /** Whether a terminal shows the character two places wide (Chinese, full-width forms). */
    private static boolean wide(char c) {
        return c >= '\u1100' && c <= '\u115F' || c >= '\u2E80' && c <= '\uA4CF' || c >= '\uAC00' && c <= '\uD7A3'
                || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF00' && c <= '\uFF60'
                || c >= '\uFFE0' && c <= '\uFFE6';
    }
}
