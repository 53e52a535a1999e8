package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules only use each other's public API (their root package), only the modules their {@code package-info} allows
 * ({@code allowedDependencies}), and do not depend on each other in a cycle. The module documentation in
 * docs/modules is what Spring Modulith's {@link Documenter} writes from the code: a change of the module graph that
 * leaves it stale fails here, and {@code -Dmodules.write-docs=true} writes it anew.
 */
class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(GongzhiApplication.class);

    @Test
    void modulesKeepToTheirPublicApiAndAllowedDependencies() {
        modules.verify();
    }

    @Test
    void theModuleDocumentationIsWhatTheCodeSays() throws IOException {
        Path written = Files.createTempDirectory("modules");
        document(written);
        if (Boolean.getBoolean("modules.write-docs")) {
            document(DOCS);
        }
        assertThat(read(DOCS)).as("docs/modules (regenerate with -Dmodules.write-docs=true)")
                .isEqualTo(read(written));
    }

    private void document(Path folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                // the lines in order: the generator's order of relations follows the classes' scanning order
                files.put(path.getFileName().toString(), Files.readAllLines(path).stream().sorted().toList()
                        .toString());
            }
        }
        return files;
    }
}
