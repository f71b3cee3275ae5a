package com.needlework.ops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape ARCHITECTURE.md fixes: the two sides meet only through the shared kernel. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.needlework");
  }

  @Test
  void theQuerySideNeverUsesTheCommandSide() {
    noClasses()
        .that()
        .resideInAPackage("com.needlework.query..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.needlework.command..")
        .check(classes);
  }

  @Test
  void theCommandSideNeverUsesTheQuerySide() {
    noClasses()
        .that()
        .resideInAPackage("com.needlework.command..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.needlework.query..")
        .check(classes);
  }

  @Test
  void theSharedKernelDependsOnNeitherSideNorSpring() {
    noClasses()
        .that()
        .resideInAPackage("com.needlework.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.needlework.command..",
            "com.needlework.query..",
            "com.needlework.ops..",
            "org.springframework..")
        .check(classes);
  }

  @Test
  void neitherSideDependsOnTheApplicationWiring() {
    noClasses()
        .that()
        .resideInAnyPackage("com.needlework.command..", "com.needlework.query..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.needlework.ops..")
        .check(classes);
  }

  @Test
  void theFeaturesOfEachSideDependOnEachOtherWithoutCycles() {
    slices().matching("com.needlework.command.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("com.needlework.query.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void aggregatesAndPoliciesKnowNothingOfSpringOrTheDatabase() {
    noClasses()
        .that()
        .areAnnotatedWith(Aggregate.class)
        .or()
        .haveSimpleNameEndingWith("Policy")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .check(classes);
  }
}
