package io.github.thidua.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.thidua");
    }

    @Test
    @DisplayName("the import sees the core types, so the rules below are not vacuous")
    void import_containsCoreTypes() {
        assertThat(classes.contain(Cluster.class)).isTrue();
        assertThat(classes.contain(Points.class)).isTrue();
        assertThat(classes.contain(io.github.thidua.core.internal.Checks.class)).isTrue();
        assertThat(classes.containPackage("io.github.thidua.core")).isTrue();
        // Test classes are excluded, so this very class is not part of the checked code.
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    @DisplayName("core depends on neither scoring, serialization, Jackson nor an SLF4J binding")
    void core_dependsOnNoOuterModuleOrBinding() {
        noClasses()
                .that()
                .resideInAPackage("io.github.thidua.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.github.thidua.scoring..",
                        "io.github.thidua.serialization..",
                        "com.fasterxml.jackson..",
                        "tools.jackson..",
                        "org.slf4j.simple..",
                        "org.slf4j.impl..",
                        "org.slf4j.jul..",
                        "org.slf4j.reload4j..",
                        "ch.qos.logback..")
                .check(classes);
    }

    @Test
    @DisplayName("no public method of a public core type takes or returns a generated Immutable* type")
    void publicMethods_neverExposeGeneratedTypes() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.github.thidua.core")
                .should(notExposeGeneratedMethodTypes())
                .check(classes);
    }

    @Test
    @DisplayName("no public field of a public core type has a generated Immutable* type")
    void publicFields_neverExposeGeneratedTypes() {
        fields().that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.github.thidua.core")
                .should(notExposeGeneratedFieldTypes())
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the generated Immutable* classes themselves are not public")
    void generatedTypes_areNotPublic() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("Immutable")
                .should()
                .bePublic()
                .check(classes);
        assertThat(classes.stream().map(JavaClass::getSimpleName)).contains("ImmutableCluster");
    }

    @Test
    @DisplayName("core.internal is only used from inside core")
    void internal_isNotAccessedFromOutsideCore() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.github.thidua.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.thidua.core.internal..")
                // Only core is on this module's class path today; the rule bites once more is.
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("the module exports the API package and not core.internal")
    void module_doesNotExportInternal() {
        Module module = Cluster.class.getModule();
        if (module.isNamed()) {
            assertThat(module.getDescriptor().exports())
                    .extracting(ModuleDescriptor.Exports::source)
                    .containsExactly("io.github.thidua.core");
        }
        assertThat(checksIsInInternalPackage()).isTrue();
    }

    private static boolean checksIsInInternalPackage() {
        return io.github.thidua.core.internal.Checks.class.getPackageName().equals("io.github.thidua.core.internal");
    }

    private static ArchCondition<JavaMethod> notExposeGeneratedMethodTypes() {
        return new ArchCondition<>("not take or return a type named Immutable*") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                        .filter(ArchitectureTest::isGenerated)
                        .forEach(t -> events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " exposes " + t.getName())));
            }
        };
    }

    private static ArchCondition<JavaField> notExposeGeneratedFieldTypes() {
        return new ArchCondition<>("not have a type named Immutable*") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (isGenerated(field.getRawType())) {
                    events.add(SimpleConditionEvent.violated(
                            field,
                            field.getFullName() + " exposes "
                                    + field.getRawType().getName()));
                }
            }
        };
    }

    private static boolean isGenerated(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return type.getSimpleName().startsWith("Immutable")
                || outer.getSimpleName().startsWith("Immutable");
    }
}
