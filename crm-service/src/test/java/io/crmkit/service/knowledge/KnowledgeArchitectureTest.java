package io.crmkit.service.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Lucene stays behind {@link KnowledgeIndex}: only the internal package may touch it. */
class KnowledgeArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.crmkit.service.knowledge", "io.crmkit.service.feedback");

  @Test
  void onlyTheInternalPackageUsesLucene() {
    noClasses().that().resideInAnyPackage("io.crmkit.service.knowledge", "io.crmkit.service.feedback")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .check(classes);
  }
}
