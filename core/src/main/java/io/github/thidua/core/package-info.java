/**
 * The emulation and commendation domain (thi đua, khen thưởng) as immutable values.
 *
 * <p>Start with {@link io.github.thidua.core.Cluster}: a cluster or bloc of member units, run by
 * an {@link io.github.thidua.core.Organiser}, whose members sign a {@link Covenant} with pledged targets and a {@link ScoringTable}, and are assessed per criterion ({@link AssessmentSheet}).
 *
 * <p>All types here are immutable and thread-safe, equal by value, and checked when built: a
 * value that breaks a rule of the domain is never created, and the builder throws a {@link
 * io.github.thidua.core.ValidationException} naming the type, the field, the bad value and what
 * is allowed, in Vietnamese and English. Large types have a {@code builder()}, small ones static
 * factories ({@code of}, {@code parse}). Numbers of points are exact ({@link
 * io.github.thidua.core.Points}); money is whole đồng ({@link io.github.thidua.core.Vnd}).
 */
@ValueStyle
package io.github.thidua.core;
