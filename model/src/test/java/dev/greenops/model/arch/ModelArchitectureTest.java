package dev.greenops.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model is everything that is not UI: it must run in the CLI and in CI with no display and no toolkit. */
@AnalyzeClasses(packages = "dev.greenops.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule model_never_sees_javafx = noClasses()
            .that().resideInAPackage("dev.greenops.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("model runs headless in the CLI and must never pull in a UI toolkit");

    @ArchTest
    static final ArchRule model_never_sees_views_or_app = noClasses()
            .that().resideInAPackage("dev.greenops.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.greenops.views..", "dev.greenops.app..")
            .because("data flows one way: model -> views -> app");
}
