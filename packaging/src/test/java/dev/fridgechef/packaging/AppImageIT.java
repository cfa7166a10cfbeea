package dev.fridgechef.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The app image of the package phase runs on its own runtime. */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the Linux layout of the app image; the other platforms' are not tested")
class AppImageIT {
    private static final Path IMAGE = Installed.target().resolve("app-image/fridge-chef");

    @TempDir
    Path home;

    @Test
    void theCliLauncherPrintsTheVersionWithTheBundledRuntime() throws Exception {
        Installed.Result result = Installed.run(home, List.of(IMAGE.resolve("bin/fridge").toString(), "--version"));

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).startsWith("Fridge Chef ")
                .contains("Java " + Installed.runtimeVersion(IMAGE.resolve("lib/runtime")));
    }

    @Test
    void theImageHoldsBothLaunchersTheRuntimeAndTheIcon() {
        assertThat(IMAGE.resolve("bin/fridge-chef")).isExecutable();
        assertThat(IMAGE.resolve("lib/fridge-chef.png")).isRegularFile();
        assertThat(IMAGE.resolve("lib/app/fridge-gui.jar")).isRegularFile();
        assertThat(IMAGE.resolve("lib/app/lib")).isDirectoryContaining("glob:**/javafx-controls-*-linux.jar");
        // only the modules the jars need: no compiler, no jpackage
        assertThat(Files.exists(IMAGE.resolve("lib/runtime/bin/javac"))).isFalse();
    }

    @Test
    void theAppsJvmHasItsMemoryLimitsAndStartsWithoutTheJdksUnsafeWarning() throws Exception {
        String cfg = Files.readString(IMAGE.resolve("lib/app/fridge-chef.cfg"));
        assertThat(cfg).contains("java-options=-Xmx256m").contains("java-options=-XX:+UseSerialGC");
        int runtime = Integer.parseInt(Installed.runtimeVersion(IMAGE.resolve("lib/runtime")).split("\\.")[0]);
        if (runtime >= 24) assertThat(cfg).contains("java-options=--sun-misc-unsafe-memory-access=allow");
        else assertThat(cfg).doesNotContain("sun-misc-unsafe");
    }

    @Test
    void theEmbeddingModelIsInTheImageButOffBothLaunchersClassPath() throws Exception {
        assertThat(IMAGE.resolve("lib/app/lib/embeddings")).isDirectoryContaining("glob:**/onnxruntime-*.jar");
        for (String launcher : List.of("fridge", "fridge-chef")) {
            assertThat(Files.readString(IMAGE.resolve("lib/app/" + launcher + ".cfg"))).contains("fridgechef-core-")
                    .doesNotContain("embeddings").doesNotContain("onnxruntime");
        }
    }
}
