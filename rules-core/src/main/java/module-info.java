/**
 * talent-rules' engine. See {@code io.github.talentrules} for the API and {@code docs/architecture.md}
 * for the map of its packages.
 */
module io.github.talentrules {
    exports io.github.talentrules;
    exports io.github.talentrules.pack;
    exports io.github.talentrules.analysis;
    exports io.github.talentrules.find;
    exports io.github.talentrules.explain;
    // Rules compiled at run time live in Drools' class loader: they call the helpers, and the core's
    // rules declare the recorder as their global.
    exports io.github.talentrules.rule;
    exports io.github.talentrules.internal;
    // The YAML and JSON reader, and the strict reader of numbers, shared with rules-sheet (not API).
    exports io.github.talentrules.internal.load;

    requires transitive org.kie.api;
    requires org.drools.base;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.mvelparser;
    requires com.github.javaparser.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.slf4j;
}
