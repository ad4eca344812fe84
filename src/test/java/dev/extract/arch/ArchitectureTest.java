package dev.extract.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The tool never opens a connection or starts a process, and the library core knows nothing of the
 * command line.
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
    static final ArchRule coreHasNoCli = noClasses().that().resideOutsideOfPackage("dev.extract.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "dev.extract.cli..")
            .because("the library is usable without the command line");
}
