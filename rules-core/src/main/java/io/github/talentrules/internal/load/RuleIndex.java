package io.github.talentrules.internal.load;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.github.talentrules.Finding;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.rule.Across;
import io.github.talentrules.rule.Check;
import io.github.talentrules.rule.Facts;
import io.github.talentrules.rule.Params;
import io.github.talentrules.rule.Pay;
import io.github.talentrules.rule.When;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * One parsed model of a pack's rules, read once with Drools' own parser ({@link DrlParser}'s
 * {@link PackageDescr}, as Drools' impact analysis reads {@code RuleDescr} and {@code PatternDescr});
 * the constraints of the conditions are read with Drools' DRLX expression parser and the Java of the
 * consequences with JavaParser, never with regular expressions. For each rule: its {@link Rule}
 * record (name, file, line and metadata), its patterns, the rule helpers it calls and the facts and
 * parameters it reads (with the line of each), and anything it would run beyond them.
 *
 * <p>What a helper's argument is (a fact's name, a parameter's key) is read off the helper's own
 * signature: its parameters are named {@code fact}, {@code name} or {@code ...Fact(s)} for a fact,
 * {@code key} or {@code ...Key} for a parameter ({@code rules-core} is compiled with
 * {@code -parameters}).
 *
 * <p>Every check of how rules are written and the two answers the engine runs on (which findings some
 * rule reads, {@link #findingsRead}; which programmes the rules over a batch read,
 * {@link #batchProgrammes}) come from here. Both answers err towards more. Immutable.
 */
final class RuleIndex {
    /** What a helper's or a read method's string argument names. */
    enum Role {
        FACT, PARAMETER
    }

    /** A fact or parameter read by name, and where. */
    record Read(Role role, String name, int line, boolean consequence) {
    }

    /**
     * A call of a rule helper ({@code Pay.range}), with its arguments as written ({@code drools},
     * {@code $p}, {@code "min"}...), and where it starts.
     */
    record HelperCall(String helper, String method, List<String> arguments, int line, boolean consequence) {
        /** {@code Check.atMost}. */
        String name() {
            return helper + "." + method;
        }
    }

    /**
     * A pattern of the conditions.
     *
     * @param type the type it matches, as written ({@code Facts}, {@code Finding})
     * @param binding its variable ({@code $f}), if any
     * @param constraints its constraints as written, in order ({@code programme == "x"}, {@code $p : params})
     * @param line where it starts
     * @param inWorkingMemory whether it matches the session's facts (not those {@code from} an expression)
     * @param named for a case ({@code Facts}), the programmes a constraint restricts it to; for a
     *        finding, the rules a constraint restricts it to; empty when none does (or in a way not
     *        read with certainty: {@code ||}, a variable, a negation)
     */
    record Pattern(String type, Optional<String> binding, List<String> constraints, int line, boolean inWorkingMemory,
                   Optional<Set<String>> named) {
        boolean is(Class<?> c) {
            return type.equals(c.getSimpleName()) || type.equals(c.getName()) || type.equals(c.getCanonicalName());
        }
    }

    /**
     * Something a rule would run beyond the rule helpers and the reads of its facts and parameters.
     *
     * @param unreadable whether it is code not read here at all (a consequence that is not plain Java):
     *        Drools' compiler says more of what is wrong with it
     */
    record Foreign(int line, String what, boolean unreadable) {
        Foreign(int line, String what) {
            this(line, what, false);
        }
    }

    /**
     * One rule as its DRL writes it.
     *
     * @param rule its record (name, file, line, metadata)
     * @param start where its text starts in its file (a character offset)
     * @param end where its text ends
     * @param patterns its patterns in the order written, nested ones (in {@code not}, {@code accumulate}...) included
     * @param calls the rule helpers it calls, in conditions and consequence
     * @param reads the facts and parameters it reads, by name
     * @param foreign what it would run beyond them (refused unless the folder is trusted)
     * @param insertsHelper the helper calls whose result the consequence inserts ({@code insert(Check.isTrue(...))})
     */
    record Entry(Rule rule, int start, int end, List<Pattern> patterns, List<HelperCall> calls, List<Read> reads,
                 List<Foreign> foreign, List<HelperCall> insertsHelper) {
        String where(int line) {
            return rule.file() + ":" + line + ": rule '" + rule.name() + "' ";
        }
    }

    private static final Map<String, Class<?>> HELPERS = Map.of("Check", Check.class, "When", When.class, "Pay", Pay.class,
            "Across", Across.class);
    /** The types whose public methods a condition or consequence may call to read: the session's facts. */
    private static final List<Class<?>> READ = List.of(Facts.class, Params.class, Finding.class, Document.class);
    /** Methods of values the reads return (dates, numbers, lists, text) that only read them. */
    private static final Set<String> VALUE_METHODS = Set.of("isBefore", "isAfter", "isEqual", "plusDays", "plusMonths", "plusYears",
            "minusDays", "minusMonths", "minusYears", "getYear", "getMonthValue", "getDayOfMonth", "compareTo", "equals", "size",
            "isEmpty", "contains", "containsAll", "intValue", "longValue", "signum", "add", "subtract", "multiply", "negate", "abs",
            "startsWith", "endsWith", "length", "isPresent", "orElse", "stream", "count", "map", "filter", "anyMatch", "allMatch",
            "noneMatch", "toString", "min", "max", "get", "name", "ordinal");
    /** The accumulate functions Drools provides; any other is code. */
    private static final Set<String> ACCUMULATE = Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");
    /** The enums of the API a rule may name ({@code Status.PASS}). */
    private static final Set<String> CONSTANTS = Set.of("Status", "Note", "Outcome", "State", "Tranche.State");
    private static final Set<String> INSERTS = Set.of("insert", "insertLogical");

    private final Map<String, Entry> rules;
    private final Map<String, String> packages;
    private final Map<String, List<String>> unparsed;
    private final List<String> fileProblems;

    private RuleIndex(Map<String, Entry> rules, Map<String, String> packages, Map<String, List<String>> unparsed, List<String> fileProblems) {
        this.rules = Collections.unmodifiableMap(rules);
        this.packages = Collections.unmodifiableMap(packages);
        this.unparsed = Collections.unmodifiableMap(unparsed);
        this.fileProblems = List.copyOf(fileProblems);
    }

    /** The index of the DRL texts by the name messages use ({@code rules/intl-training.drl}). */
    static RuleIndex of(Map<String, String> drl) {
        Map<String, Entry> rules = new LinkedHashMap<>();
        Map<String, String> packages = new LinkedHashMap<>();
        Map<String, List<String>> unparsed = new LinkedHashMap<>();
        List<String> fileProblems = new ArrayList<>();
        // One Java parser for the consequences of these files (a parser is not shared between threads).
        JavaParser java = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        drl.forEach((file, text) -> {
            // What Drools' parser would report at another place, or in words of its own, is found first.
            DrlDiagnostics read = DrlDiagnostics.of(text);
            if (!read.problems(file).isEmpty()) {
                unparsed.put(file, read.problems(file));
                return;
            }
            PackageDescr pd;
            DrlParser parser = new DrlParser();
            try {
                pd = parser.parse(false, text);
            } catch (DroolsParserException e) {
                unparsed.put(file, List.of(read.parserError(file, e.getLineNumber(), e.getLineNumber() > 0 ? e.getColumn() + 1 : 0, e.getMessage())));
                return;
            }
            if (pd == null || parser.hasErrors()) {
                // The first message only: the others follow from it (and "Parser returned a null Package" says nothing).
                unparsed.put(file, List.of(parser.getErrors().stream().findFirst()
                        .map(e -> e instanceof ParserError pe ? read.parserError(file, pe.getRow(), pe.getCol() + 1, pe.getMessage())
                                : read.parserError(file, 0, 0, e.getMessage()))
                        .orElse(file + ": Drools cannot read the file")));
                return;
            }
            packages.put(file, pd.getName());
            Lines lines = new Lines(text);
            pd.getFunctions().forEach(f -> fileProblems.add(file + ":" + f.getLine() + ": declares function " + f.getName()
                    + ", which runs any Java"));
            pd.getFunctionImports().forEach(f -> fileProblems.add(file + ":" + f.getLine() + ": imports function " + f.getTarget()
                    + ", which runs any Java"));
            pd.getGlobals().forEach(g -> fileProblems.add(file + ":" + g.getLine() + ": declares global " + g.getIdentifier()
                    + ": rules read the session's facts and parameters only"));
            for (RuleDescr r : pd.getRules()) {
                rules.putIfAbsent(r.getName(), new Reader(file, r, lines, java).entry());
            }
        });
        return new RuleIndex(rules, packages, unparsed, fileProblems);
    }

    /** Every rule by name, in the order written (the first of two of one name). */
    Map<String, Entry> rules() {
        return rules;
    }

    /**
     * The DRL files that cannot be read, each with its problems as {@code file:line:column: what to write},
     * the line quoted with a caret under the place ({@link DrlDiagnostics}); nothing of them is compiled.
     */
    Map<String, List<String>> unparsed() {
        return unparsed;
    }

    /** The package a file declares ({@code zhengzhou.rules}), if it parsed and declares one. */
    Optional<String> packageOf(String file) {
        return Optional.ofNullable(packages.get(file)).filter(p -> !p.isBlank());
    }

    /** This index without the rules named (a reform's replaced and removed rules). */
    RuleIndex without(Set<String> names) {
        Map<String, Entry> out = new LinkedHashMap<>(rules);
        out.keySet().removeAll(names);
        return new RuleIndex(out, packages, unparsed, fileProblems);
    }

    /** This index and {@code more}'s rules after its own (a reform's files on top of a pack's). */
    RuleIndex and(RuleIndex more) {
        Map<String, Entry> out = new LinkedHashMap<>(rules);
        more.rules.forEach(out::putIfAbsent);
        Map<String, String> p = new LinkedHashMap<>(packages);
        p.putAll(more.packages);
        Map<String, List<String>> u = new LinkedHashMap<>(unparsed);
        u.putAll(more.unparsed);
        List<String> f = new ArrayList<>(fileProblems);
        f.addAll(more.fileProblems);
        return new RuleIndex(out, p, u, f);
    }

    /** The parameter keys the rule of this name reads; empty for a rule the index does not hold. */
    Set<String> parametersRead(String rule) {
        Entry e = rules.get(rule);
        Set<String> out = new LinkedHashSet<>();
        if (e != null) {
            e.reads().stream().filter(r -> r.role() == Role.PARAMETER).forEach(r -> out.add(r.name()));
        }
        return out;
    }

    /** Every parameter key some rule reads. */
    Set<String> parametersRead() {
        Set<String> out = new LinkedHashSet<>();
        rules.values().forEach(e -> e.reads().stream().filter(r -> r.role() == Role.PARAMETER).forEach(r -> out.add(r.name())));
        return out;
    }

    /**
     * What the rules would run beyond the rule helpers in their consequences and the reads of the
     * session's facts and parameters in their conditions, each with file and line: a folder runs this
     * only when the user trusts it.
     */
    List<String> untrusted() {
        List<String> out = new ArrayList<>(fileProblems);
        for (Entry e : rules.values()) {
            e.foreign().forEach(f -> out.add(e.where(f.line()) + f.what()));
        }
        return out;
    }

    /** Whether every rule's conditions and consequence could be read (else the compiler has more to say). */
    boolean readable() {
        return rules.values().stream().allMatch(e -> e.foreign().stream().noneMatch(Foreign::unreadable));
    }

    /**
     * Checks of how the rules are written, each problem with file and line:
     * <ul>
     * <li>every parameter key and fact name the rules read exists ({@code asOf} is every case's);
     * <li>the helpers record their findings themselves, and insert those a rule reads: a consequence
     * that inserted one as well would put a second copy in the session;
     * <li>the programmes a rule's first case pattern (its subject) selects are ones its {@code @programme} names;
     * <li>only a rule over a batch waits for a {@code Params} fact (a case's parameters come with its
     * facts: {@code $f : Facts(..., $p : params)}) or judges across cases ({@code Across}).
     * </ul>
     */
    void check(Set<String> parameters, Set<String> names, List<String> problems) {
        for (Entry e : rules.values()) {
            for (Read r : e.reads()) {
                if (r.role() == Role.PARAMETER && !parameters.contains(r.name())) {
                    problems.add(e.rule().file() + ":" + r.line() + ": the rule reads parameter '" + r.name()
                            + "', which parameters.yaml does not have" + io.github.talentrules.internal.Names.suggest(r.name(), parameters));
                } else if (r.role() == Role.FACT && !names.contains(r.name()) && !r.name().equals("asOf")) {
                    problems.add(e.rule().file() + ":" + r.line() + ": the rule reads '" + r.name()
                            + "', which pack.yaml declares as no fact, attestation or derived value"
                            + io.github.talentrules.internal.Names.suggest(r.name(), names));
                }
            }
            for (HelperCall c : e.insertsHelper()) {
                problems.add(e.where(c.line()) + "inserts what " + c.helper() + " made; the helper records its finding itself (and inserts"
                        + " it where a rule reads it): call it alone, " + c.helper() + ".x(drools, ...);");
            }
            Set<String> declared = Set.copyOf(e.rule().programmes());
            if (!declared.isEmpty()) {
                e.patterns().stream().filter(p -> p.is(Facts.class) && p.named().isPresent()).findFirst().ifPresent(p -> {
                    for (String id : p.named().get()) {
                        if (!declared.contains(id)) {
                            problems.add(e.where(p.line()) + "selects programme " + id + ", which its @" + Rule.PROGRAMME + " does not name");
                        }
                    }
                });
            }
            if (e.rule().overBatch()) {
                continue;
            }
            e.patterns().stream().filter(p -> p.is(Params.class) && p.inWorkingMemory()).findFirst().ifPresent(p ->
                    problems.add(e.where(p.line()) + "waits for a Params fact, which only a rule over a batch sees;"
                            + " bind the case's own parameters in its pattern: $f : Facts(programme == \"...\", $p : params)"));
            e.calls().stream().filter(c -> c.helper().equals("Across")).findFirst().ifPresent(c ->
                    problems.add(e.where(c.line()) + "calls Across, which judges across cases: only a rule over a batch may (@"
                            + Rule.SCOPE + "(\"batch\"))"));
        }
    }

    /**
     * The programmes whose cases the rules over a batch read, in any of their patterns: a rule may look
     * at other programmes' cases than its subject's. A case pattern of the session that no constraint
     * restricts to named programmes ({@code programme == "x"}, {@code programme in ("x", "y")}) reads
     * them all.
     */
    Set<String> batchProgrammes(Set<String> all) {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : rules.values()) {
            if (!e.rule().overBatch()) {
                continue;
            }
            for (Pattern p : e.patterns()) {
                if (!p.is(Facts.class) || !p.inWorkingMemory()) {
                    continue;
                }
                if (p.named().isEmpty()) {
                    return all;
                }
                out.addAll(p.named().get());
            }
        }
        return out;
    }

    /**
     * Which rules' findings some rule's conditions read: those a {@code Finding(rule == "...")} or
     * {@code Finding(rule in ("...", ...))} constraint names. A finding pattern that names its rules in
     * any other way (or none), or a pattern of the session of a type a finding might be ({@code Object},
     * {@code OnCase}...), means every finding may be read. Only the findings read are inserted into the
     * session, so this never answers "not read" for a finding that a rule reads.
     */
    Predicate<String> findingsRead() {
        Set<String> named = new java.util.HashSet<>();
        for (Entry e : rules.values()) {
            for (Pattern p : e.patterns()) {
                if (p.is(Finding.class)) {
                    if (p.named().isEmpty()) {
                        return rule -> true;
                    }
                    named.addAll(p.named().get());
                } else if (p.inWorkingMemory() && !p.is(Facts.class) && !p.is(Params.class) && !p.is(Document.class)) {
                    return rule -> true;
                }
            }
        }
        return Set.copyOf(named)::contains;
    }

    /** Line numbers of character offsets in one text. */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line (from 1) of a character offset. */
        int of(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    /** Reads one rule: its metadata, then its conditions, then its consequence. */
    private static final class Reader {
        private final String file;
        private final RuleDescr r;
        private final Lines lines;
        private final JavaParser java;
        private final List<Pattern> patterns = new ArrayList<>();
        private final List<HelperCall> calls = new ArrayList<>();
        private final List<Read> reads = new ArrayList<>();
        private final List<Foreign> foreign = new ArrayList<>();
        private final List<HelperCall> insertsHelper = new ArrayList<>();
        /** The type of each variable the conditions bind, where it is one of {@link #READ}. */
        private final Map<String, Class<?>> variables = new LinkedHashMap<>();

        Reader(String file, RuleDescr r, Lines lines, JavaParser java) {
            this.file = file;
            this.r = r;
            this.lines = lines;
            this.java = java;
        }

        Entry entry() {
            if (r.getLhs() != null) {
                conditions(r.getLhs(), true);
            }
            if (!r.getNamedConsequences().isEmpty()) {
                foreign.add(new Foreign(r.getLine(), "has named consequences (then[...]), which run any Java"));
            }
            consequence();
            Optional<String> programmes = meta(Rule.PROGRAMME);
            Rule rule = new Rule(r.getName(), file, OptionalInt.of(r.getLine()), meta(Rule.ARTICLE),
                    programmes.map(p -> List.of(p.split("\\s*,\\s*"))).orElse(List.of()), Rule.Scope.of(meta(Rule.SCOPE).orElse(null)),
                    meta(Rule.EXCEPTION_OF), r.getAnnotation(Rule.SOFT) != null, meta(Rule.EN));
            return new Entry(rule, r.getStartCharacter(), r.getEndCharacter(), List.copyOf(patterns), List.copyOf(calls),
                    List.copyOf(reads), List.copyOf(foreign), List.copyOf(insertsHelper));
        }

        /** A metadata value as Drools gives it to the compiled rule ({@code getMetaData()}): its text, unquoted. */
        private Optional<String> meta(String key) {
            AnnotationDescr a = r.getAnnotation(key);
            if (a == null || !a.hasValue()) {
                return Optional.empty();
            }
            Object v = a.getSingleValue();
            return v == null ? Optional.empty() : Optional.of(AnnotationDescr.unquote(v.toString()));
        }

        private void conditions(BaseDescr d, boolean inWorkingMemory) {
            if (d instanceof PatternDescr p) {
                pattern(p, inWorkingMemory);
            } else if (d instanceof EvalDescr eval) {
                expression(String.valueOf(eval.getContent()), eval.getLine(), null);
            } else if (d instanceof ConditionalElementDescr ce) {
                for (Object c : ce.getDescrs()) {
                    conditions((BaseDescr) c, inWorkingMemory);
                }
            } else {
                foreign.add(new Foreign(d.getLine(), "has a condition of a kind not read here (" + d.getClass().getSimpleName() + ")"));
            }
        }

        private void pattern(PatternDescr p, boolean inWorkingMemory) {
            String type = p.getObjectType() == null ? "Object" : p.getObjectType();
            Class<?> c = READ.stream().filter(k -> type.equals(k.getSimpleName()) || type.equals(k.getName())).findFirst().orElse(null);
            if (p.getIdentifier() != null && c != null) {
                variables.put(p.getIdentifier(), c);
            }
            boolean fromSession = inWorkingMemory && (p.getSource() == null || !(p.getSource() instanceof FromDescr));
            List<Expression> constraints = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (BaseDescr cd : p.getDescrs()) {
                if (cd instanceof ExprConstraintDescr e) {
                    written.add(e.getExpression());
                    DrlxExpression x = parse(e.getExpression(), e.getLine());
                    if (x != null) {
                        if (x.getBind() != null && c != null) {
                            bind(x.getBind().asString(), c, x.getExpr());
                        }
                        expression(x.getExpr(), e.getLine(), c);
                        if (x.getBind() == null) {
                            constraints.add(x.getExpr());
                        }
                    }
                } else {
                    foreign.add(new Foreign(cd.getLine(), "has a constraint of a kind not read here (" + cd.getClass().getSimpleName() + ")"));
                }
            }
            Optional<Set<String>> named = Optional.empty();
            if (c == Facts.class) {
                named = named(constraints, "programme");
            } else if (c == Finding.class) {
                named = named(constraints, "rule");
            }
            patterns.add(new Pattern(type, Optional.ofNullable(p.getIdentifier()), List.copyOf(written), p.getLine(), fromSession, named));
            if (p.getSource() instanceof FromDescr from) {
                expression(from.getDataSource().getText(), p.getLine(), null);
            } else if (p.getSource() instanceof CollectDescr collect) {
                conditions(collect.getInputPattern(), inWorkingMemory);
            } else if (p.getSource() instanceof AccumulateDescr acc) {
                if (acc.getInput() != null) {
                    conditions(acc.getInput(), inWorkingMemory);
                }
                if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getResultCode() != null) {
                    foreign.add(new Foreign(p.getLine(), "accumulates with code of its own (init/action/result), which runs any Java"));
                }
                for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
                    if (!ACCUMULATE.contains(f.getFunction())) {
                        foreign.add(new Foreign(p.getLine(), "accumulates with " + f.getFunction() + ", which is not one of Drools' own "
                                + ACCUMULATE.stream().sorted().toList()));
                    }
                    for (String param : f.getParams()) {
                        expression(param, p.getLine(), null);
                    }
                }
            } else if (p.getSource() != null) {
                foreign.add(new Foreign(p.getLine(), "reads from a source of a kind not read here (" + p.getSource().getClass().getSimpleName() + ")"));
            }
        }

        /** A constraint {@code $p : params}: the variable's type, where the property or method read is one of {@link #READ}'s. */
        private void bind(String variable, Class<?> on, Expression e) {
            String member = e instanceof NameExpr n ? n.getNameAsString()
                    : e instanceof MethodCallExpr m && m.getScope().isEmpty() ? m.getNameAsString() : null;
            if (member == null) {
                return;
            }
            for (Method m : on.getMethods()) {
                String getter = "get" + Character.toUpperCase(member.charAt(0)) + member.substring(1);
                if (m.getName().equals(member) || m.getName().equals(getter)) {
                    Class<?> t = m.getReturnType();
                    if (READ.contains(t)) {
                        variables.put(variable, t);
                    }
                    return;
                }
            }
        }

        /**
         * The names a pattern's constraints restrict {@code property} to: one of its constraints (each
         * holds: they are joined by "and") is {@code property == "x"} or {@code property in ("x", "y")}.
         * A constraint that reads {@code property} otherwise, with no such one beside it, leaves it unknown.
         */
        private static Optional<Set<String>> named(List<Expression> constraints, String property) {
            for (Expression e : constraints) {
                Set<String> names = exactly(e, property);
                if (names != null) {
                    return Optional.of(names);
                }
            }
            return Optional.empty();
        }

        private static Set<String> exactly(Expression e, String property) {
            while (e instanceof EnclosedExpr en) {
                e = en.getInner();
            }
            if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
                Set<String> left = exactly(b.getLeft(), property);
                return left != null ? left : exactly(b.getRight(), property);
            }
            if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS && names(b.getLeft(), property)
                    && b.getRight() instanceof StringLiteralExpr s) {
                return Set.of(s.asString());
            }
            if (e instanceof PointFreeExpr pf && pf.getOperator().asString().equals("in") && !pf.isNegated() && names(pf.getLeft(), property)) {
                Set<String> out = new LinkedHashSet<>();
                for (Expression r : pf.getRight()) {
                    if (!(r instanceof StringLiteralExpr s)) {
                        return null;
                    }
                    out.add(s.asString());
                }
                return out;
            }
            return null;
        }

        private static boolean names(Expression e, String property) {
            return e instanceof DrlNameExpr n ? n.getNameAsString().equals(property) && n.getBackReferencesCount() == 0
                    : e instanceof NameExpr m && m.getNameAsString().equals(property);
        }

        private DrlxExpression parse(String text, int line) {
            try {
                return DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), text);
            } catch (RuntimeException e) {
                foreign.add(new Foreign(line, "has a condition that is not read here: " + oneLine(text)));
                return null;
            }
        }

        private void expression(String text, int line, Class<?> self) {
            DrlxExpression x = parse(text, line);
            if (x != null) {
                expression(x.getExpr(), line, self);
            }
        }

        private void expression(Expression e, int line, Class<?> self) {
            new Walk(line, -1, false, self).visit(e);
        }

        private void consequence() {
            Object rhs = r.getConsequence();
            if (rhs == null || rhs.toString().isBlank()) {
                return;
            }
            String text = rhs.toString();
            // Drools gives the consequence's text (from its first statement) and the line of its "then",
            // not its offset: it is the last occurrence of that text in the rule's.
            int found = lines.text.lastIndexOf(text.stripTrailing(), Math.min(r.getEndCharacter(), lines.text.length()));
            int at = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : r.getLine();
            int first = found >= r.getStartCharacter() ? lines.of(found) : at;
            ParseResult<BlockStmt> parsed = java.parseBlock("{" + text + "\n}");
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                foreign.add(new Foreign(at, "has a consequence that is not plain Java calling the rule helpers: "
                        + parsed.getProblems().stream().findFirst().map(p -> oneLine(p.getMessage())).orElse(""), true));
                return;
            }
            for (Statement s : parsed.getResult().get().getStatements()) {
                Walk walk = new Walk(first, first - 1, true, null);
                if (s instanceof ExpressionStmt es && es.getExpression() instanceof MethodCallExpr m) {
                    walk.statement(m);
                } else if (!s.isEmptyStmt()) {
                    foreign.add(new Foreign(walk.line(s), "runs a statement that is not a call of a rule helper: " + oneLine(s.toString())));
                }
            }
        }

        private static String oneLine(String s) {
            String one = s.strip().replaceAll("\\s+", " ");
            return one.length() > 80 ? one.substring(0, 77) + "..." : one;
        }

        /**
         * Walks one expression of a condition or a consequence: the helper calls and reads it makes, and
         * anything else it would run.
         *
         * @param line the line of the expression where its nodes carry none (Drools' DRLX parser keeps no positions)
         * @param base added to a node's own line where it carries one (JavaParser's, in a consequence)
         * @param consequence whether it is in the consequence
         * @param self the type whose methods a call without a receiver reads (a pattern's), or null
         */
        private final class Walk {
            private final int line;
            private final int base;
            private final boolean consequence;
            private final Class<?> self;

            Walk(int line, int base, boolean consequence, Class<?> self) {
                this.line = line;
                this.base = base;
                this.consequence = consequence;
                this.self = self;
            }

            int line(Node n) {
                return base >= 0 ? n.getBegin().map(p -> base + p.line).orElse(line) : line;
            }

            /** A statement of a consequence: one helper call ({@code insert} of one is reported apart). */
            void statement(MethodCallExpr m) {
                if (m.getScope().isEmpty() && INSERTS.contains(m.getNameAsString()) && m.getArguments().size() == 1
                        && m.getArgument(0) instanceof MethodCallExpr inner && helper(inner).isPresent()) {
                    insertsHelper.add(new HelperCall(helper(inner).get().getSimpleName(), inner.getNameAsString(), arguments(inner), line(m), true));
                    visit(inner);
                    return;
                }
                if (helper(m).isEmpty()) {
                    foreign.add(new Foreign(line(m), "calls " + callee(m) + ", which is not a rule helper (Check, When, Pay, Across)"));
                    m.getScope().ifPresent(this::visit);
                    m.getArguments().forEach(this::visit);
                    return;
                }
                visit(m);
            }

            void visit(Node n) {
                if (n instanceof MethodCallExpr m) {
                    call(m);
                    return;
                }
                if (n instanceof ObjectCreationExpr o) {
                    foreign.add(new Foreign(line(n), "creates " + o.getType().asString()));
                } else if (n instanceof ArrayCreationExpr || n instanceof LambdaExpr || n instanceof MethodReferenceExpr
                        || n instanceof AssignExpr || n instanceof ClassExpr || n instanceof SwitchExpr
                        || n instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                        || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                        || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT)) {
                    foreign.add(new Foreign(line(n), "runs " + oneLine(printed(n))));
                    return;
                } else if (n instanceof FieldAccessExpr f && typeName(f.getScope()).isPresent()) {
                    if (!CONSTANTS.contains(typeName(f.getScope()).get().replaceFirst("^io\\.github\\.talentrules\\.", ""))) {
                        foreign.add(new Foreign(line(n), "reads " + oneLine(printed(n)) + ", which is no fact, parameter or constant of the rules"));
                    }
                    return;
                } else if (n instanceof PointFreeExpr pf) {
                    visit(pf.getLeft());
                    pf.getRight().forEach(this::visit);
                    return;
                } else if (n instanceof HalfBinaryExpr hb) {
                    visit(hb.getRight());
                    return;
                }
                for (Node c : n.getChildNodes()) {
                    visit(c);
                }
            }

            private void call(MethodCallExpr m) {
                Optional<Class<?>> helper = helper(m);
                if (helper.isPresent()) {
                    calls.add(new HelperCall(helper.get().getSimpleName(), m.getNameAsString(), arguments(m), line(m), consequence));
                    if (!consequence) {
                        foreign.add(new Foreign(line(m), "calls " + callee(m) + " in a condition: the helpers record findings, in a consequence"));
                    }
                    roles(helper.get(), m);
                    m.getArguments().forEach(this::visit);
                    return;
                }
                Optional<Expression> scope = m.getScope();
                // What the receiver runs is named first; a call on it is then no more news.
                int before = foreign.size();
                scope.ifPresent(this::visit);
                boolean known = foreign.size() > before;
                Class<?> on = scope.isEmpty() ? (consequence ? null : self)
                        : scope.get() instanceof NameExpr n ? variables.get(n.getNameAsString()) : null;
                if (scope.isPresent() && typeName(scope.get()).isPresent()) {
                    foreign.add(new Foreign(line(m), "calls " + callee(m) + ", which is not a rule helper (Check, When, Pay, Across)"));
                } else if (on != null && reads(on, m.getNameAsString())) {
                    roles(on, m);
                } else if (!known && (scope.isEmpty() || !VALUE_METHODS.contains(m.getNameAsString())
                        && READ.stream().noneMatch(k -> reads(k, m.getNameAsString())))) {
                    foreign.add(new Foreign(line(m), "calls " + callee(m) + ", which reads no fact or parameter of the session"));
                }
                m.getArguments().forEach(this::visit);
            }

            /** The rule helper a call names ({@code Check.atMost}, {@code io.github.talentrules.rule.Check.atMost}), if it is one. */
            private Optional<Class<?>> helper(MethodCallExpr m) {
                Optional<String> type = m.getScope().flatMap(RuleIndex.Reader::typeName);
                if (type.isEmpty()) {
                    return Optional.empty();
                }
                Class<?> h = HELPERS.get(type.get().substring(type.get().lastIndexOf('.') + 1));
                return h != null && (type.get().equals(h.getSimpleName()) || type.get().equals(h.getName())) ? Optional.of(h) : Optional.empty();
            }

            /** Each string literal passed where the method's parameter is a fact's name or a parameter's key, as a read. */
            private void roles(Class<?> owner, MethodCallExpr m) {
                Method target = method(owner, m.getNameAsString(), m.getArguments().size());
                if (target == null) {
                    return;
                }
                Parameter[] ps = target.getParameters();
                for (int i = 0; i < m.getArguments().size(); i++) {
                    Parameter p = ps[Math.min(i, ps.length - 1)];
                    Role role = role(p);
                    if (role != null && m.getArgument(i) instanceof StringLiteralExpr s) {
                        reads.add(new Read(role, s.asString(), line(s), consequence));
                    }
                }
            }

            private List<String> arguments(MethodCallExpr m) {
                return m.getArguments().stream().map(a -> oneLine(printed(a))).toList();
            }

            private String callee(MethodCallExpr m) {
                return m.getScope().map(s -> oneLine(printed(s)) + ".").orElse("") + m.getNameAsString() + "(...)";
            }
        }

        /** A name written as a type ({@code System}, {@code java.lang.System}, {@code Check}): starts with a capital, is no variable. */
        private static Optional<String> typeName(Expression e) {
            if (e instanceof NameExpr name) {
                String n = name.getNameAsString();
                return Character.isUpperCase(n.charAt(0)) ? Optional.of(n) : Optional.empty();
            }
            if (e instanceof FieldAccessExpr f && Character.isUpperCase(f.getNameAsString().charAt(0))) {
                String text = printed(f);
                return text.matches("[a-z_][\\w]*(\\.[\\w]+)*") || Character.isUpperCase(text.charAt(0)) ? Optional.of(text) : Optional.empty();
            }
            return Optional.empty();
        }

        private static String printed(Node n) {
            try {
                return org.drools.mvel.parser.printer.PrintUtil.printNode(n);
            } catch (RuntimeException e) {
                return n.getClass().getSimpleName();
            }
        }
    }

    /** Whether {@code name} is a public method of {@code type} that reads (not {@code getClass}, not {@code Object}'s). */
    private static boolean reads(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name) && m.getDeclaringClass() == type
                && !Modifier.isStatic(m.getModifiers()));
    }

    /** The public method of that name taking that many arguments (a varargs one taking at least all but its last). */
    static Method method(Class<?> owner, String name, int arguments) {
        for (Method m : owner.getMethods()) {
            if (!m.getName().equals(name) || m.getDeclaringClass() != owner) {
                continue;
            }
            int n = m.getParameterCount();
            if (n == arguments || m.isVarArgs() && arguments >= n - 1) {
                return m;
            }
        }
        return null;
    }

    /** What a string parameter of a helper or read method names, by its name; null for anything else. */
    static Role role(Parameter p) {
        if (!p.getType().equals(String.class) && !p.getType().equals(String[].class)) {
            return null;
        }
        if (!p.isNamePresent()) {
            throw new IllegalStateException("rules-core must be compiled with -parameters: the rule index reads the helpers' parameter names");
        }
        String n = p.getName();
        if (n.equals("fact") || n.equals("name") || n.endsWith("Fact") || n.endsWith("Facts")) {
            return Role.FACT;
        }
        return n.equals("key") || n.endsWith("Key") ? Role.PARAMETER : null;
    }

    /** The classes whose methods the rules call to record findings. */
    static Map<String, Class<?>> helpers() {
        return HELPERS;
    }
}
