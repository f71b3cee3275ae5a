package com.needlework.ops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.command.consistency.Reactions;
import com.needlework.command.consistency.TransactionalProjections;
import com.needlework.query.consistency.ReadModels;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape {@code ../shared/docs/ARCHITECTURE.md} fixes: the two sides meet only through the
 * shared kernel; features depend on each other without cycles, the busier on the more basic.
 */
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

  /**
   * The command side's features build on each other in one direction: the clinic's setup and
   * prospects at the bottom, then patients, insurance, scheduling, the waitlist and billing. A
   * feature owns the ports for its own data (the clinic's calendar, a patient's care records, the
   * benefit records), and the busier features use them, never the reverse.
   */
  @Test
  void commandFeaturesUseOnlyTheFeaturesBelowThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("billing")
        .definedBy("com.needlework.command.billing..")
        .layer("waitlist")
        .definedBy("com.needlework.command.waitlist..")
        .layer("scheduling")
        .definedBy("com.needlework.command.scheduling..")
        .layer("insurance")
        .definedBy("com.needlework.command.insurance..")
        .layer("patient")
        .definedBy("com.needlework.command.patient..")
        .layer("prospect")
        .definedBy("com.needlework.command.prospect..")
        .layer("clinic")
        .definedBy("com.needlework.command.clinic..")
        .layer("staff")
        .definedBy("com.needlework.command.staff..")
        .whereLayer("billing")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("waitlist")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("scheduling")
        .mayOnlyBeAccessedByLayers("waitlist")
        .whereLayer("insurance")
        .mayOnlyBeAccessedByLayers("scheduling", "waitlist", "billing")
        .whereLayer("patient")
        .mayOnlyBeAccessedByLayers("insurance", "scheduling", "waitlist", "billing")
        .whereLayer("prospect")
        .mayOnlyBeAccessedByLayers("patient", "scheduling", "waitlist")
        .whereLayer("clinic")
        .mayOnlyBeAccessedByLayers("patient", "insurance", "scheduling", "waitlist", "billing")
        .whereLayer("staff")
        .mayNotBeAccessedByAnyLayer()
        .check(classes);
  }

  /** Each processing group is in its side's one list, which configures it. */
  @Test
  void everyProcessingGroupIsInItsSidesList() {
    Set<String> groups =
        classes.stream()
            .filter(type -> type.isAnnotatedWith(ProcessingGroup.class))
            .map(type -> type.getAnnotationOfType(ProcessingGroup.class).value())
            .collect(Collectors.toSet());
    Set<String> listed = new HashSet<>(TransactionalProjections.ALL);
    listed.addAll(Reactions.ALL);
    ReadModels.ALL.forEach(readModel -> listed.add(readModel.name()));

    assertThat(groups).isEqualTo(listed);
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
