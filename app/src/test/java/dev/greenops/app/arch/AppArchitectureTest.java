package dev.greenops.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line runs headless on servers and in CI: no subcommand may touch JavaFX. (Drawing a chart to a PNG with
 * JFreeChart's Java2D builders, as {@code profile --png} does, needs no toolkit and is fine.)
 */
@AnalyzeClasses(packages = "dev.greenops.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule the_cli_never_touches_javafx = noClasses()
            .that().resideInAPackage("dev.greenops.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.greenops.views.shell..")
            .because("greenops SUBCOMMAND must run without a display (CLI.md: JavaFX not initialised)");
}
