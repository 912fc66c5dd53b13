package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.Plugin;
import io.github.thidua.scoring.spi.TieBreaker;
import io.github.thidua.scoring.spi.VoteMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The plug-ins a policy may name: rule kinds, tie-breakers, vote methods and eligibility checks,
 * each under its stable name.
 *
 * <p>Start from {@link #builtIns()} and add your own with {@link #with(Plugin...)}; discovery
 * through {@link ServiceLoader} is an opt-in ({@link #withDiscovered(ClassLoader)}) that fails
 * loudly on a duplicate name instead of letting one implementation silently win. Immutable and
 * thread-safe; every {@code with...} returns a new registry.
 *
 * <pre>{@code
 * Registry registry = Registry.builtIns().with(new MyRule());
 * }</pre>
 */
public final class Registry {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final List<Class<? extends Plugin>> KINDS =
            List.of(CriterionRule.class, TieBreaker.class, VoteMethod.class, EligibilityCheck.class);

    private static final Registry BUILT_INS =
            new Registry(Map.of()).with(BuiltIns.all().toArray(Plugin[]::new));

    // Kind -> name -> plug-in; sorted so that listings never depend on registration order.
    private final Map<Class<? extends Plugin>, Map<String, Plugin>> plugins;

    private Registry(Map<Class<? extends Plugin>, Map<String, Plugin>> plugins) {
        this.plugins = plugins;
    }

    /**
     * Returns a registry with thidua's built-in plug-ins only.
     *
     * @return the built-ins
     */
    public static Registry builtIns() {
        return BUILT_INS;
    }

    /**
     * Returns a registry with no plug-ins at all, for callers who want full control.
     *
     * @return an empty registry
     */
    public static Registry empty() {
        return new Registry(Map.of());
    }

    /**
     * Returns a copy of this registry with more plug-ins.
     *
     * @param added the plug-ins, each implementing one of {@link CriterionRule}, {@link
     *     TieBreaker}, {@link VoteMethod}, {@link EligibilityCheck}; not null
     * @return the new registry
     * @throws ThiDuaException if a name is invalid or already taken for that kind of plug-in
     */
    public Registry with(Plugin... added) {
        requireNonNull(added, "added");
        Map<Class<? extends Plugin>, Map<String, Plugin>> copy = new java.util.LinkedHashMap<>();
        for (Class<? extends Plugin> kind : KINDS) {
            copy.put(kind, new TreeMap<>(plugins.getOrDefault(kind, Map.of())));
        }
        for (Plugin plugin : added) {
            requireNonNull(plugin, "plugin");
            String name = plugin.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw ValidationException.invalid(
                        "Registry",
                        "name",
                        name + " (" + plugin.getClass().getName() + ")",
                        Text.of("tên plug-in không đúng dạng", "invalid plug-in name"),
                        Text.of(
                                "2–64 ký tự: chữ thường ASCII, số, dấu gạch ngang, bắt đầu bằng chữ",
                                "2–64 lower-case ASCII letters, digits and hyphens, starting with a letter"));
            }
            boolean known = false;
            for (Class<? extends Plugin> kind : KINDS) {
                if (kind.isInstance(plugin)) {
                    known = true;
                    Plugin before = copy.get(kind).putIfAbsent(name, plugin);
                    if (before != null && before != plugin) {
                        throw duplicate(kind, name, before, plugin);
                    }
                }
            }
            if (!known) {
                throw ValidationException.invalid(
                        "Registry",
                        "plugin",
                        plugin.getClass().getName(),
                        Text.of("không triển khai giao diện plug-in nào", "implements no plug-in interface"),
                        Text.of(
                                "CriterionRule, TieBreaker, VoteMethod hoặc EligibilityCheck",
                                "CriterionRule, TieBreaker, VoteMethod or EligibilityCheck"));
            }
        }
        copy.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new Registry(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns a copy of this registry with every plug-in that {@link ServiceLoader} finds through
     * {@code loader} (on the class path, {@code META-INF/services}; on the module path, {@code
     * provides}).
     *
     * @param loader the class loader to search, not null
     * @return the new registry
     * @throws ThiDuaException if two found plug-ins, or a found one and a registered one, share a
     *     name; the message names both classes
     */
    public Registry withDiscovered(ClassLoader loader) {
        requireNonNull(loader, "loader");
        List<Plugin> found = new ArrayList<>();
        for (Class<? extends Plugin> kind : KINDS) {
            ServiceLoader.load(kind, loader).forEach(found::add);
        }
        return with(found.toArray(Plugin[]::new));
    }

    /**
     * Returns the rule kind with the given name.
     *
     * @param name the stable name, not null
     * @return the rule, or empty if none is registered
     */
    public Optional<CriterionRule> rule(String name) {
        return find(CriterionRule.class, name);
    }

    /**
     * Returns the tie-breaker with the given name.
     *
     * @param name the stable name, not null
     * @return the tie-breaker, or empty if none is registered
     */
    public Optional<TieBreaker> tieBreaker(String name) {
        return find(TieBreaker.class, name);
    }

    /**
     * Returns the vote method with the given name.
     *
     * @param name the stable name, not null
     * @return the vote method, or empty if none is registered
     */
    public Optional<VoteMethod> voteMethod(String name) {
        return find(VoteMethod.class, name);
    }

    /**
     * Returns the eligibility check with the given name.
     *
     * @param name the stable name, not null
     * @return the check, or empty if none is registered
     */
    public Optional<EligibilityCheck> eligibilityCheck(String name) {
        return find(EligibilityCheck.class, name);
    }

    /**
     * Returns the names registered for a kind of plug-in, sorted.
     *
     * @param kind one of the plug-in interfaces, not null
     * @return the names
     */
    public List<String> names(Class<? extends Plugin> kind) {
        return List.copyOf(
                plugins.getOrDefault(requireNonNull(kind, "kind"), Map.of()).keySet());
    }

    /**
     * Returns the plug-in of a kind with the given name, or fails naming what is registered.
     *
     * @param <T> the plug-in interface
     * @param kind the plug-in interface, not null
     * @param name the name, not null
     * @param type the type being built, for the message
     * @param field the field naming the plug-in, for the message
     * @return the plug-in
     * @throws ValidationException if no plug-in of that kind has that name
     */
    public <T extends Plugin> T require(Class<T> kind, String name, String type, String field) {
        return find(kind, name)
                .orElseThrow(() -> ValidationException.invalid(
                        type,
                        field,
                        name,
                        Text.of(
                                "không có " + kind.getSimpleName() + " tên này",
                                "no " + kind.getSimpleName() + " with this name"),
                        Text.of(
                                "một tên đã đăng ký: " + String.join(", ", names(kind)),
                                "a registered name: " + String.join(", ", names(kind)))));
    }

    private <T extends Plugin> Optional<T> find(Class<T> kind, String name) {
        requireNonNull(name, "name");
        return Optional.ofNullable(plugins.getOrDefault(kind, Map.of()).get(name))
                .map(kind::cast);
    }

    private static ThiDuaException duplicate(Class<?> kind, String name, Plugin before, Plugin after) {
        return new ThiDuaException(Text.of(
                kind.getSimpleName() + " \"" + name + "\" đăng ký hai lần: "
                        + before.getClass().getName() + " và "
                        + after.getClass().getName() + ".\nĐổi tên một plug-in, hoặc bỏ một trong hai khỏi đường dẫn.",
                kind.getSimpleName() + " \"" + name + "\" is registered twice: "
                        + before.getClass().getName() + " and "
                        + after.getClass().getName()
                        + ".\nRename one plug-in, or remove one of them from the class path or module path."));
    }
}
