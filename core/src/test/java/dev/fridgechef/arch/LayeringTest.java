package dev.fridgechef.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fridgechef.FridgeChef;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of core that Maven's module boundaries alone do not enforce. */
@AnalyzeClasses(packages = "dev.fridgechef", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final DescribedPredicate<JavaClass> IN_A_FEATURE_PACKAGE =
            DescribedPredicate.describe("are in a feature package (dev.fridgechef.*)", c -> c.getPackageName().startsWith("dev.fridgechef."));

    @ArchTest
    static final ArchRule coreHasNoUserInterface = noClasses().that().resideOutsideOfPackage("dev.fridgechef.photo..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "io.javalin..", "java.awt..", "javax.swing..")
            .because("core is shared by the command line and the desktop app and must run headless");

    /** Drawing into an image in memory needs no display: the 2D classes ImageIO works with, and nothing of windows or events. */
    private static final DescribedPredicate<JavaClass> HEADLESS_IMAGING = JavaClass.Predicates.resideInAnyPackage("java.awt.image..", "java.awt.color..")
            .or(JavaClass.Predicates.belongToAnyOf(java.awt.Graphics2D.class, java.awt.Graphics.class, java.awt.Color.class, java.awt.Image.class,
                    java.awt.RenderingHints.class, java.awt.RenderingHints.Key.class));

    @ArchTest
    static final ArchRule photosUseOnlyHeadlessImaging = noClasses().that().resideInAPackage("dev.fridgechef.photo..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("javafx..", "picocli..", "io.javalin..", "java.awt..", "javax.swing..")
                    .and(DescribedPredicate.not(HEADLESS_IMAGING)))
            .because("photos are decoded and scaled in memory on a machine without a display");

    @ArchTest
    static final ArchRule featuresDoNotUseTheCompositionRoot = noClasses().that(IN_A_FEATURE_PACKAGE)
            .should().dependOnClassesThat().belongToAnyOf(FridgeChef.class)
            .because("FridgeChef wires the features together; a feature gets its collaborators through its constructor");

    @ArchTest
    static final ArchRule onlyConfigReadsTheEnvironment = noClasses().that().resideOutsideOfPackage("dev.fridgechef.config..")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class, String.class)
            .because("folders and switches are resolved once, in config.AppFolders, from the environment the front end was given");

    @ArchTest
    static final ArchRule coreDoesNotTouchTheEmbeddingModel = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "dev.langchain4j.model.embedding..")
            .because("the embedding model is an optional module (fridgechef-embeddings), found through text.EmbedderProvider "
                    + "when TextSimilarity first compares texts, never on start-up");
}
