package io.github.thidua.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** What the harnesses print about the machine they ran on, so figures can be read in context. */
final class Machine {

    private Machine() {}

    /** Other processes on the machine skew every figure: says how busy it was. */
    static String load(String when) {
        return String.format(
                Locale.ROOT,
                "machine load %s: %.2f (1-minute average over %d processors)",
                when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The JVM's {@code -Xmx}, as given on its command line, or "not set". */
    static String xmx() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xmx"))
                .reduce((first, last) -> last)
                .map(arg -> arg.substring(4))
                .orElse("not set");
    }
}
