/** JMH benchmarks and reproducible workloads for thidua; not deployed. */
package io.github.thidua.benchmarks;
