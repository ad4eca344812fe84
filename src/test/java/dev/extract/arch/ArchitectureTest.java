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
 * command line, nothing but the Spark job knows Spark, only the input and output formats know Jackson,
 * and the extractors read each other only through their declared inputs.
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

    // Extractors read each other only through their declared inputs (the order Extractor runs them in):
    // figures may read dates (a year is never a figure); claims may read actors, figures and dates (a
    // speaker is an actor, a claim links its figures and dates); actors and dates read no other extractor.
    private static final String ACTORS = "dev.extract.actors..";
    private static final String CLAIMS = "dev.extract.claims..";
    private static final String DATES = "dev.extract.dates..";
    private static final String FIGURES = "dev.extract.figures..";

    @ArchTest
    static final ArchRule actorsReadNoOtherExtractor = noClasses().that().resideInAPackage(ACTORS)
            .should().dependOnClassesThat().resideInAnyPackage(CLAIMS, DATES, FIGURES)
            .because("actors are found from the text alone; claims read actors, not the other way round");

    @ArchTest
    static final ArchRule datesReadNoOtherExtractor = noClasses().that().resideInAPackage(DATES)
            .should().dependOnClassesThat().resideInAnyPackage(ACTORS, CLAIMS, FIGURES)
            .because("dates run first: every other extractor may read them, they read none");

    @ArchTest
    static final ArchRule figuresReadOnlyDates = noClasses().that().resideInAPackage(FIGURES)
            .should().dependOnClassesThat().resideInAnyPackage(ACTORS, CLAIMS)
            .because("figures' one declared input is the dates (a year is never a figure)");

    @ArchTest
    static final ArchRule extractorsKnowNothingDownstream = noClasses()
            .that().resideInAnyPackage(ACTORS, CLAIMS, DATES, FIGURES, "dev.extract.text..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.extract.link..", "dev.extract.view..",
                    "dev.extract.json..", "dev.extract.source..", "dev.extract.cli..", "dev.extract.spark..")
            .because("the extractors and the text model are the core: linking, rendering and input reading "
                    + "build on them, not the other way round");

    @ArchTest
    static final ArchRule textReadsNoExtractor = noClasses().that().resideInAPackage("dev.extract.text..")
            .should().dependOnClassesThat().resideInAnyPackage(ACTORS, CLAIMS, DATES, FIGURES)
            .because("the Document is every extractor's input, so it cannot know any of them");

    // source parses JSON, CSV and JSON-LD inputs (feeds, exports, page metadata) with Jackson: reading an
    // input format is its job, as writing one is json's. cli reads JSON Lines lines the same way.
    @ArchTest
    static final ArchRule onlyTheFormatsKnowJackson = noClasses()
            .that().resideOutsideOfPackages("dev.extract.json..", "dev.extract.cli..", "dev.extract.source..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("the core records and extractors know nothing of JSON: json/ says how they are written");
}
