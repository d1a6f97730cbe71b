package io.github.talentrules.henan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The pack's DRL also compiles to Drools' executable model (DESIGN.md prefers it for packs on the
 * classpath), so that no construct only the run-time DRL compiler accepts (a conditional inside an
 * accumulate, say) creeps in.
 */
class HenanExecutableModelTest {

    @Test
    void theRulesCompileToTheExecutableModel() throws IOException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        try (InputStream core = getClass().getClassLoader().getResourceAsStream("io/github/talentrules/core/core.drl")) {
            assertThat(core).as("the core rules on the classpath").isNotNull();
            kfs.write("src/main/resources/io/github/talentrules/core/core.drl", new String(core.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Path> drl;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/talent-rules/henan/rules"))) {
            drl = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(drl).hasSize(8);
        for (Path p : drl) {
            kfs.write("src/main/resources/henan/rules/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
        }
        List<Message> errors = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class).getResults().getMessages(Message.Level.ERROR);
        assertThat(errors).as("executable-model compile errors").isEmpty();
    }
}
