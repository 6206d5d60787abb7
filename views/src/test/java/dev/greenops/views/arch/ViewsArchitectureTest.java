package dev.greenops.views.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.greenops.views.common.Spinners;
import javafx.scene.control.Spinner;

/** Views talk to services in the model, never to the database. */
@AnalyzeClasses(packages = "dev.greenops.views", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewsArchitectureTest {

    @ArchTest
    static final ArchRule views_use_services_not_sql = noClasses()
            .that().resideInAPackage("dev.greenops.views..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..")
            .because("views call model services; SQL lives in the model");

    @ArchTest
    static final ArchRule views_never_see_the_app = noClasses()
            .that().resideInAPackage("dev.greenops.views..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.greenops.app..");

    @ArchTest
    static final ArchRule spinners_are_built_typed = noClasses()
            .that().resideInAPackage("dev.greenops.views..")
            .and().doNotHaveFullyQualifiedName(Spinners.class.getName())
            .should().callConstructor(Spinner.class, int.class, int.class, int.class)
            .orShould().callConstructor(Spinner.class, int.class, int.class, int.class, int.class)
            .orShould().callConstructor(Spinner.class, double.class, double.class, double.class)
            .orShould().callConstructor(Spinner.class, double.class, double.class, double.class, double.class)
            .because("Spinner's number constructors cast their value factory unchecked: Spinner<Double> from whole"
                    + " numbers compiles and fails in a listener at run time; use views.common.Spinners");
}
