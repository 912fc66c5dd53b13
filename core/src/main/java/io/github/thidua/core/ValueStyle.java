package io.github.thidua.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code Immutable*} classes stay
 * package-private behind the abstract type's own {@code builder()} or {@code of(...)}, builders
 * are strict (each attribute is set once), and a missing attribute or a {@code null} raises a
 * {@link ValidationException}, never a bare {@link NullPointerException}.
 *
 * <p>Applied to a package in its {@code package-info.java}; other modules may apply it to their
 * own value packages.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        strictBuilder = true,
        jdkOnly = true,
        init = "*",
        throwForInvalidImmutableState = MissingValueException.class,
        throwForNullPointer = MissingValueException.class,
        privateNoargConstructor = false,
        allParameters = false)
public @interface ValueStyle {}
