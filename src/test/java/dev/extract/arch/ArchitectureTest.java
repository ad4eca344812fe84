package dev.extract.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The tool never opens a connection or starts a process, the library core knows nothing of the
 * command line, and nothing but the Spark job knows Spark.
 */
@AnalyzeClasses(packages = "dev.extract", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noNetwork = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.net..", "javax.net..", "java.net.http..")
            .because("nothing is downloaded at run time; the tool reads only its inputs and its jar");

    private static final DescribedPredicate<JavaMethodCall> RUNTIME_EXEC = new DescribedPredicate<>("Runtime.exec") {
        @Override
        public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().isEquivalentTo(Runtime.class) && call.getName().equals("exec");
        }
    };

    @ArchTest
    static final ArchRule noProcesses = noClasses().should().dependOnClassesThat()
            .belongToAnyOf(ProcessBuilder.class, ProcessHandle.class)
            .orShould().callMethodWhere(RUNTIME_EXEC)
            .because("the tool starts no other programs");

    @ArchTest
    static final ArchRule coreHasNoCli = noClasses().that().resideOutsideOfPackages("dev.extract.cli..", "dev.extract.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "dev.extract.cli..")
            .because("the library is usable without the command line");

    @ArchTest
    static final ArchRule sparkJobHasNoPicocli = noClasses().that().resideInAPackage("dev.extract.spark..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the Spark job shares the CLI's record path, not its option parser");

    @ArchTest
    static final ArchRule onlyTheSparkJobKnowsSpark = noClasses().that().resideOutsideOfPackage("dev.extract.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
            .because("Spark is a provided dependency: the library and the CLI run without it");

    @ArchTest
    static final ArchRule languagePackStandsAlone = noClasses().that().resideInAPackage("dev.extract.lang..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.extract..")
            .andShould().dependOnClassesThat().resideOutsideOfPackages("dev.extract.lang..", "java..")
            .because("every feature reads the language pack; the pack reads nothing of theirs");
}
