package io.crmkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The architecture rules of crm-core, checked on its main classes. The rules are generic (package patterns,
 * not lists of today's packages), so they keep holding as features are added.
 */
@AnalyzeClasses(packages = "io.crmkit.core", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesAreFreeOfCycles =
      slices()
          .matching("io.crmkit.core.(*)..")
          .namingSlices("feature '$1'")
          .should()
          .beFreeOfCycles()
          .because("features depend on each other one way only; the kernel in io.crmkit.core is shared by all");

  @ArchTest
  static final ArchRule kernelDependsOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "reside in a feature package of io.crmkit.core other than annotation",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("io.crmkit.core.")
                          && !c.getPackageName().startsWith("io.crmkit.core.annotation")))
          .because("every feature uses the kernel, so the kernel using a feature would be a hidden cycle");

  @ArchTest
  static final ArchRule timeComesFromAnInjectedClock =
      noClasses()
          .should()
          .callMethodWhere(readTheSystemClock())
          .orShould()
          .callConstructor(java.util.Date.class)
          .because("time comes from an injected java.time.Clock, so that hosts and tests control it");

  @ArchTest
  static final ArchRule jacksonOnlyInTheJsonPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.crmkit.core.json..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
          .because("the JSON binding must be able to move to its own module without touching the domain");

  @ArchTest
  static final ArchRule everyPackageIsNullMarked =
      classes().should(resideInANullMarkedPackage());

  @ArchTest
  static final ArchRule publicApiDoesNotExposeInternalTypes =
      classes()
          .that()
          .arePublic()
          .and()
          .resideOutsideOfPackage("..internal..")
          .should(notExposeInternalTypes());

  @Test
  void noSlf4jBindingIsOnTheClasspath() {
    List<String> providers = new ArrayList<>();
    ServiceLoader.load(SLF4JServiceProvider.class).forEach(p -> providers.add(p.getClass().getName()));
    assertThat(providers)
        .as("a library ships the SLF4J API only; the host chooses the binding")
        .isEmpty();
    assertThat(ArchitectureTest.class.getClassLoader().getResource("org/slf4j/impl/StaticLoggerBinder.class"))
        .as("an SLF4J 1.x binding")
        .isNull();
  }

  @Test
  void theClockRuleCatchesSystemTimeButAllowsAnInjectedClock() {
    var importer = new ClassFileImporter();
    assertThat(timeComesFromAnInjectedClock.evaluate(importer.importClasses(UsesInjectedClock.class)).hasViolation())
        .isFalse();
    for (Class<?> offender : List.of(CallsInstantNow.class, CallsLocalDateNowInZone.class, CallsSystemUtc.class,
        CallsCurrentTimeMillis.class)) {
      assertThat(timeComesFromAnInjectedClock.evaluate(importer.importClasses(offender)).hasViolation())
          .as(offender.getSimpleName())
          .isTrue();
    }
  }

  @Test
  void theJacksonRuleCatchesJacksonOutsideTheJsonPackage() {
    var classes = new ClassFileImporter().importClasses(UsesJackson.class);
    assertThat(jacksonOnlyInTheJsonPackage.evaluate(classes).hasViolation()).isTrue();
  }

  // fixtures for the tests above; test classes are not part of the analysed main code

  static final class UsesInjectedClock {
    Instant at(Clock clock) {
      return Instant.now(clock);
    }

    LocalDate today(Clock clock) {
      return LocalDate.now(clock);
    }
  }

  static final class CallsInstantNow {
    Instant at() {
      return Instant.now();
    }
  }

  static final class CallsLocalDateNowInZone {
    LocalDate today() {
      return LocalDate.now(ZoneOffset.UTC);
    }
  }

  static final class CallsSystemUtc {
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  static final class CallsCurrentTimeMillis {
    long millis() {
      return System.currentTimeMillis();
    }
  }

  static final class UsesJackson {
    Object mapper() {
      return new tools.jackson.databind.ObjectMapper();
    }
  }

  /** Calls that read the system clock: {@code X.now()} / {@code X.now(ZoneId)}, currentTimeMillis, Clock.system*. */
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
        String message = "package " + javaClass.getPackageName()
            + (marked ? " is @NullMarked" : " of " + javaClass.getName() + " has no package-info annotated @NullMarked");
        events.add(new SimpleConditionEvent(javaClass, marked, message));
      }
    };
  }

  static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose types of an internal package in public or protected signatures") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        List<JavaMember> members = new ArrayList<>();
        members.addAll(javaClass.getCodeUnits());
        members.addAll(javaClass.getFields());
        for (JavaMember member : members) {
          Set<JavaModifier> mods = member.getModifiers();
          if (!mods.contains(JavaModifier.PUBLIC) && !mods.contains(JavaModifier.PROTECTED)) {
            continue;
          }
          for (JavaClass type : signatureTypes(member)) {
            if (isInternal(type)) {
              events.add(SimpleConditionEvent.violated(
                  member, member.getFullName() + " exposes internal type " + type.getName()));
            }
          }
        }
      }
    };
  }

  static List<JavaClass> signatureTypes(JavaMember member) {
    List<JavaClass> types = new ArrayList<>();
    if (member instanceof JavaField f) {
      types.add(f.getRawType());
    } else if (member instanceof JavaCodeUnit c) {
      types.addAll(c.getRawParameterTypes());
      types.add(c.getRawReturnType());
      if (c instanceof JavaMethod m) {
        types.addAll(m.getExceptionTypes());
      }
    }
    return types.stream().map(t -> t.isArray() ? t.getBaseComponentType() : t).toList();
  }

  static boolean isInternal(JavaClass type) {
    String pkg = type.getPackageName();
    return pkg.endsWith(".internal") || pkg.contains(".internal.");
  }
}
