package dev.greenops.views.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
