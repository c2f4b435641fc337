package io.crmkit.service.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Lucene stays behind {@link KnowledgeIndex}: only the internal package may touch it. */
class KnowledgeArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.crmkit.service.knowledge", "io.crmkit.service.feedback");

  @Test
  void onlyTheInternalPackageUsesLucene() {
    EvaluationResult result = noClasses()
        .that().resideInAnyPackage("io.crmkit.service.knowledge", "io.crmkit.service.feedback")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .evaluate(classes);
    assertThat(result.getFailureReport().getDetails()).as("public knowledge/feedback classes using Lucene").isEmpty();
    // the rule is not vacuous: the public package was imported, and the internal one does use Lucene
    assertThat(classes.containPackage("io.crmkit.service.knowledge")).isTrue();
    assertThat(classes.stream()
        .filter(c -> c.getPackageName().equals("io.crmkit.service.knowledge.internal"))
        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
        .map(Dependency::getTargetClass)
        .map(JavaClass::getPackageName))
        .anyMatch(p -> p.startsWith("org.apache.lucene"));
  }
}
