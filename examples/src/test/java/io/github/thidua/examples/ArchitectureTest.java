package io.github.thidua.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules between the library modules (core, scoring, serialization), checked here because this
 * module is the one that sees all three. Only the library's main classes are imported: neither the
 * examples nor any test class is part of the checked code. Core's own rules stay in core's
 * ArchitectureTest; the core rule is repeated here because only here are scoring and serialization
 * on the class path, so a dependency on them is resolved and reported, not merely named.
 */
class ArchitectureTest {

    static final ArchRule CORE_DEPENDS_ON_NO_OUTER_MODULE = noClasses()
            .that()
            .resideInAPackage("io.github.thidua.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.thidua.scoring..",
                    "io.github.thidua.serialization..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..")
            .because("core is the domain every other module builds on and must stay free of them");

    static final ArchRule LIBRARY_DEPENDS_ON_NO_EXAMPLES_OR_BENCHMARKS = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.github.thidua.core..", "io.github.thidua.scoring..", "io.github.thidua.serialization..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.thidua.examples..", "io.github.thidua.benchmarks..")
            .because("examples and benchmarks are built on the library, never the other way round");

    static final ArchRule CORE_INTERNAL_ONLY_FROM_CORE = internalOnlyFrom("core");

    static final ArchRule SCORING_INTERNAL_ONLY_FROM_SCORING = internalOnlyFrom("scoring");

    static final ArchRule SERIALIZATION_INTERNAL_ONLY_FROM_SERIALIZATION = internalOnlyFrom("serialization");

    static final ArchRule EXPOSED_CODE_UNITS_NEVER_MENTION_GENERATED_TYPES = codeUnits()
            .that(areExposed())
            .should(notMentionGeneratedTypes())
            .because("generated Immutable* classes are implementation details behind builder() and of(...)");

    static final ArchRule EXPOSED_FIELDS_NEVER_MENTION_GENERATED_TYPES = fields().that(areExposed())
            .should(notHaveGeneratedType())
            .because("generated Immutable* classes are implementation details behind builder() and of(...)")
            .allowEmptyShould(true);

    private static final Set<String> MODULES = Set.of("core", "scoring", "serialization");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.thidua.core", "io.github.thidua.scoring", "io.github.thidua.serialization");
    }

    @Test
    @DisplayName("the import holds the main classes of all three library modules and nothing else")
    void import_seesEveryLibraryModuleAndOnlyThem() {
        for (String module : MODULES) {
            String root = "io.github.thidua." + module;
            assertThat(classes.containPackage(root)).as(root).isTrue();
            assertThat(classes.containPackage(root + ".internal"))
                    .as(root + ".internal")
                    .isTrue();
        }
        assertThat(classes.contain(io.github.thidua.core.Cluster.class)).isTrue();
        assertThat(classes.contain(io.github.thidua.scoring.Policy.class)).isTrue();
        assertThat(classes.contain(io.github.thidua.serialization.Documents.class))
                .isTrue();
        // The generated types are there to be checked, in more than one module.
        assertThat(classes.stream()
                        .filter(ArchitectureTest::isGenerated)
                        .map(JavaClass::getPackageName)
                        .distinct())
                .contains("io.github.thidua.core", "io.github.thidua.scoring");
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .allMatch(p -> MODULES.stream().anyMatch(m -> p.startsWith("io.github.thidua." + m)));
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    @DisplayName("core depends on neither scoring, serialization nor Jackson")
    void core_dependsOnNeitherScoringSerializationNorJackson() {
        CORE_DEPENDS_ON_NO_OUTER_MODULE.check(classes);
    }

    @Test
    @DisplayName("no library module depends on the examples or the benchmarks")
    void libraryModules_neverDependOnExamplesOrBenchmarks() {
        LIBRARY_DEPENDS_ON_NO_EXAMPLES_OR_BENCHMARKS.check(classes);
    }

    @Test
    @DisplayName("core.internal is used only from core")
    void coreInternal_isUsedOnlyFromCore() {
        CORE_INTERNAL_ONLY_FROM_CORE.check(classes);
    }

    @Test
    @DisplayName("scoring.internal is used only from scoring")
    void scoringInternal_isUsedOnlyFromScoring() {
        SCORING_INTERNAL_ONLY_FROM_SCORING.check(classes);
    }

    @Test
    @DisplayName("serialization.internal is used only from serialization")
    void serializationInternal_isUsedOnlyFromSerialization() {
        SERIALIZATION_INTERNAL_ONLY_FROM_SERIALIZATION.check(classes);
    }

    @Test
    @DisplayName("no public or protected method or constructor takes, returns or throws a generated Immutable* type")
    void publicSignatures_neverMentionGeneratedTypes() {
        EXPOSED_CODE_UNITS_NEVER_MENTION_GENERATED_TYPES.check(classes);
    }

    @Test
    @DisplayName("no public or protected field has a generated Immutable* type")
    void publicFields_neverHaveGeneratedTypes() {
        EXPOSED_FIELDS_NEVER_MENTION_GENERATED_TYPES.check(classes);
    }

    @Test
    @DisplayName("no generated Immutable* class is itself public or protected")
    void generatedTypes_areNotExposed() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("Immutable")
                .should()
                .bePublic()
                .orShould()
                .beProtected()
                .check(classes);
    }

    private static ArchRule internalOnlyFrom(String module) {
        String root = "io.github.thidua." + module;
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".internal..")
                .because(root + ".internal is not part of the API and may change with " + module + " alone");
    }

    /** Public or protected members of types that code outside their package can name. */
    private static <M extends JavaMember> DescribedPredicate<M> areExposed() {
        return DescribedPredicate.describe(
                "are public or protected members of accessible types",
                member -> isExposed(member.getModifiers()) && isAccessible(member.getOwner()));
    }

    private static boolean isAccessible(JavaClass type) {
        return isExposed(type.getModifiers())
                && type.getEnclosingClass().map(ArchitectureTest::isAccessible).orElse(true);
    }

    private static boolean isExposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static ArchCondition<JavaCodeUnit> notMentionGeneratedTypes() {
        return new ArchCondition<>("not take, return or throw a type named Immutable*") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Stream.of(
                                Stream.of(unit.getReturnType()),
                                unit.getParameterTypes().stream(),
                                unit.getThrowsClause().getTypes().stream())
                        .flatMap(s -> s)
                        .map(JavaType.class::cast)
                        .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                        .filter(ArchitectureTest::isGenerated)
                        .distinct()
                        .forEach(t -> events.add(
                                SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + t.getName())));
            }
        };
    }

    private static ArchCondition<JavaField> notHaveGeneratedType() {
        return new ArchCondition<>("not have a type named Immutable*") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                field.getType().getAllInvolvedRawTypes().stream()
                        .filter(ArchitectureTest::isGenerated)
                        .forEach(t -> events.add(
                                SimpleConditionEvent.violated(field, field.getFullName() + " exposes " + t.getName())));
            }
        };
    }

    /** An {@code Immutable*} type or one nested in it, such as its builder. */
    private static boolean isGenerated(JavaClass type) {
        JavaClass outer = type.getBaseComponentType();
        if (outer.getSimpleName().startsWith("Immutable")) {
            return true;
        }
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
            if (outer.getSimpleName().startsWith("Immutable")) {
                return true;
            }
        }
        return false;
    }
}
