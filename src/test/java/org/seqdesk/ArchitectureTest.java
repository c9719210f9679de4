package org.seqdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the architecture, held by the build. */
@AnalyzeClasses(packages = "org.seqdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxOutsideTheScreens =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.seqdesk.api..", "org.seqdesk.timeline..",
                            "org.seqdesk.sandbox..", "org.seqdesk.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule timelineDependsOnNothingOfOurs =
            noClasses()
                    .that()
                    .resideInAPackage("org.seqdesk.timeline..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.seqdesk.api..",
                            "org.seqdesk.app..",
                            "org.seqdesk.browser..",
                            "org.seqdesk.sequences..",
                            "org.seqdesk.export..",
                            "org.seqdesk.jobs..",
                            "org.seqdesk.connection..",
                            "org.seqdesk.common..",
                            "org.seqdesk.sandbox..",
                            "org.seqdesk.cli..");

    @ArchTest
    static final ArchRule apiUsesOnlyTimeline =
            noClasses()
                    .that()
                    .resideInAPackage("org.seqdesk.api..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.seqdesk.app..",
                            "org.seqdesk.browser..",
                            "org.seqdesk.sequences..",
                            "org.seqdesk.export..",
                            "org.seqdesk.jobs..",
                            "org.seqdesk.connection..",
                            "org.seqdesk.common..",
                            "org.seqdesk.sandbox..",
                            "org.seqdesk.cli..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sandboxDoesNotReachTheScreens =
            noClasses()
                    .that()
                    .resideInAnyPackage("org.seqdesk.sandbox..", "org.seqdesk.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.seqdesk.app..",
                            "org.seqdesk.browser..",
                            "org.seqdesk.sequences..",
                            "org.seqdesk.export..",
                            "org.seqdesk.jobs..",
                            "org.seqdesk.connection..",
                            "org.seqdesk.common..");

    @ArchTest
    static final ArchRule featuresDoNotImportEachOther =
            com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                    .matching("org.seqdesk.(browser|sequences|export|jobs|connection)..")
                    .should()
                    .notDependOnEachOther()
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule featuresDoNotReachTheSandbox =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.seqdesk.browser..", "org.seqdesk.sequences..",
                            "org.seqdesk.export..", "org.seqdesk.jobs..",
                            "org.seqdesk.connection..", "org.seqdesk.common..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.seqdesk.sandbox..", "org.seqdesk.cli..");

    @ArchTest
    static final ArchRule commonUsesOnlyTimeline =
            noClasses()
                    .that()
                    .resideInAPackage("org.seqdesk.common..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.seqdesk.app..",
                            "org.seqdesk.api..",
                            "org.seqdesk.browser..",
                            "org.seqdesk.sequences..",
                            "org.seqdesk.export..",
                            "org.seqdesk.jobs..",
                            "org.seqdesk.connection..");

    @ArchTest
    static final ArchRule loggingThroughSlf4jOnly =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "java.util.logging..", "org.apache.log4j..",
                            "org.apache.logging.log4j..", "org.apache.commons.logging..");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCommandLine =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.seqdesk.cli..")
                    .should()
                    .accessField(System.class, "out")
                    .orShould()
                    .accessField(System.class, "err");
}
