package io.github.thidua.scoring.axioms;

/** Seeds derived from seeds, by fixed arithmetic that never changes between versions. */
final class Seeds {

    private Seeds() {}

    /**
     * Returns the SplitMix64 finaliser of a value: a fixed bijection that spreads nearby seeds.
     *
     * @param z the value
     * @return the mixed value
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Returns the seed of one trial of a run.
     *
     * @param runSeed the run's seed
     * @param trial the trial's index, from 0
     * @return the trial's seed
     */
    static long trial(long runSeed, int trial) {
        return mix(runSeed + 0x9E3779B97F4A7C15L * (trial + 1L));
    }
}
