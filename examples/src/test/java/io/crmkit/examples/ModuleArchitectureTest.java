package io.crmkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The rules between crmkit's modules, checked on the main classes of every module on this module's test
 * classpath. A module is the package segment after {@code io.crmkit} ({@code core}, {@code sales}, {@code
 * store}, ...), so the rules hold for modules added later without change.
 */
@AnalyzeClasses(packages = "io.crmkit", importOptions = DoNotIncludeTests.class)
class ModuleArchitectureTest {
  /** The modules that hold the CRM domain; everything else sits above them. */
  static final String[] DOMAIN_MODULES = {
    "io.crmkit.core..", "io.crmkit.sales..", "io.crmkit.marketing..", "io.crmkit.service..", "io.crmkit.analytics.."
  };

  /** Modules that may read the system clock: the runnable programs and the benchmarks. */
  static final String[] APPLICATION_MODULES = {"io.crmkit.examples..", "io.crmkit.benchmarks.."};

  @ArchTest
  static final ArchRule modulesAreFreeOfCycles =
      slices().matching("io.crmkit.(*)..").namingSlices("module '$1'").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noModuleReachesIntoAnotherModulesInternals =
      classes()
          .that()
          .resideInAPackage("io.crmkit..")
          .should(notUseTheInternalPackagesOfAnotherModule())
          .because("io.crmkit.X..internal.. is shared inside module X only; hosts and other modules must not use it");

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "belong to another crmkit module",
                  (JavaClass c) -> module(c).filter(m -> !m.equals("core")).isPresent()))
          .because("every module builds on core, so core must not build on any of them");

  @ArchTest
  static final ArchRule domainModulesDoNotDependOnTheTestkitOrTheStores =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN_MODULES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.crmkit.testkit..", "io.crmkit.store..")
          .because("the testkit and the storage adapters sit above the domain modules");

  @ArchTest
  static final ArchRule libraryModulesDoNotDependOnApplications =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit..")
          .and()
          .resideOutsideOfPackages(APPLICATION_MODULES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(APPLICATION_MODULES);

  @ArchTest
  static final ArchRule libraryModulesTakeTimeFromAnInjectedClock =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit..")
          .and()
          .resideOutsideOfPackages(APPLICATION_MODULES)
          .should()
          .callMethodWhere(readTheSystemClock())
          .orShould()
          .callConstructor(java.util.Date.class)
          .because("library code takes time from an injected java.time.Clock; only applications choose the real one");

  @ArchTest
  static final ArchRule everyPackageIsNullMarked =
      classes()
          .that()
          .resideInAPackage("io.crmkit..")
          .should(resideInANullMarkedPackage());

  @Test
  void theInternalRuleTellsModulesApart() {
    assertThat(module("io.crmkit.sales.lead.internal")).contains("sales");
    assertThat(module("io.crmkit.store.jdbc")).contains("store");
    assertThat(module("io.crmkit")).isEmpty();
    assertThat(module("org.example.crm")).isEmpty();
    assertThat(isInternal("io.crmkit.core.match.internal")).isTrue();
    assertThat(isInternal("io.crmkit.core.internal.json")).isTrue();
    assertThat(isInternal("io.crmkit.core.internals")).isFalse();
  }

  @Test
  void theClockRuleSeparatesTheSystemClockFromAnInjectedOne() {
    assertThat(readsSystemClock("java.time.Instant", "now", List.of())).isTrue();
    assertThat(readsSystemClock("java.time.LocalDate", "now", List.of("java.time.ZoneId"))).isTrue();
    assertThat(readsSystemClock("java.time.LocalDate", "now", List.of("java.time.Clock"))).isFalse();
    assertThat(readsSystemClock("java.time.Clock", "systemUTC", List.of())).isTrue();
    assertThat(readsSystemClock("java.lang.System", "currentTimeMillis", List.of())).isTrue();
    assertThat(readsSystemClock("java.lang.System", "nanoTime", List.of())).isFalse();
  }

  /** The crmkit module a class belongs to: the package segment after {@code io.crmkit}. */
  static Optional<String> module(JavaClass c) {
    return module((c.isArray() ? c.getBaseComponentType() : c).getPackageName());
  }

  static Optional<String> module(String packageName) {
    if (!packageName.startsWith("io.crmkit.")) {
      return Optional.empty();
    }
    String rest = packageName.substring("io.crmkit.".length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  static ArchCondition<JavaClass> notUseTheInternalPackagesOfAnotherModule() {
    return new ArchCondition<>("not use the internal packages of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> from = module(origin);
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass().isArray()
              ? d.getTargetClass().getBaseComponentType()
              : d.getTargetClass();
          Optional<String> to = module(target);
          if (to.isPresent() && isInternal(target.getPackageName()) && !to.equals(from)) {
            events.add(SimpleConditionEvent.violated(
                d, d.getDescription() + ": module '" + from.orElse("?") + "' uses an internal class of module '"
                    + to.get() + "'"));
          }
        }
      }
    };
  }

  static DescribedPredicate<JavaMethodCall> readTheSystemClock() {
    return DescribedPredicate.describe(
        "read the system clock (now() without a Clock, System.currentTimeMillis(), Clock.system*())",
        call -> readsSystemClock(call.getTarget().getOwner().getName(), call.getTarget().getName(),
            call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList()));
  }

  static final Set<String> DATE_TIME_TYPES =
      Set.of(
          "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
          "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Year",
          "java.time.YearMonth", "java.time.MonthDay");

  static boolean readsSystemClock(String owner, String method, List<String> parameterTypes) {
    if (DATE_TIME_TYPES.contains(owner) && method.equals("now")) {
      return !parameterTypes.equals(List.of("java.time.Clock"));
    }
    if (owner.equals("java.lang.System")) {
      return method.equals("currentTimeMillis");
    }
    if (owner.equals("java.time.Clock")) {
      return method.equals("systemUTC") || method.equals("systemDefaultZone") || method.equals("system");
    }
    return false;
  }

  static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a package whose package-info is annotated @NullMarked") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        boolean marked = javaClass.getPackage().isAnnotatedWith(NullMarked.class);
        events.add(new SimpleConditionEvent(javaClass, marked,
            "package " + javaClass.getPackageName() + (marked ? " is @NullMarked"
                : " of " + javaClass.getName() + " has no package-info annotated @NullMarked")));
      }
    };
  }
}
