package org.zhuye.testing;

import java.util.SplittableRandom;

/**
 * Runs a property — a check that must hold for every input — over a number of tries, each drawing
 * its inputs from {@link Inputs}. The generator is seeded with a fixed number, so every run checks
 * the same inputs and a failure is reproducible; {@code -Dzhuye.tries.seed=n} runs another sequence.
 * A failure names the seed, the try and the inputs it drew. No shrinking: the inputs are reported
 * as drawn.
 *
 * <p>Plain JUnit 5 rather than a property-testing library: jqwik, used before, asks not to be used
 * by the way this project is built, and a seeded loop is all these properties need.
 */
public final class Tries {

    public static final String SEED_PROPERTY = "zhuye.tries.seed";
    /** jqwik's default, kept so that properties written without a count still run as often. */
    public static final int DEFAULT = 1000;
    static final long DEFAULT_SEED = 20_261_205L;

    private Tries() {
    }

    /** A property's body: draws its inputs, then asserts. */
    @FunctionalInterface
    public interface Property {
        void check(Inputs inputs) throws Exception;
    }

    public static void check(Property property) {
        check(DEFAULT, property);
    }

    public static void check(int tries, Property property) {
        long seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
        Inputs inputs = new Inputs(new SplittableRandom(seed));
        for (int i = 1; i <= tries; i++) {
            inputs.startTry();
            try {
                property.check(inputs);
            } catch (Throwable failure) {
                AssertionError report = new AssertionError(String.format(
                        "Property failed on try %d of %d, seed %d (rerun: -D%s=%d)%ninputs: %s%n%s",
                        i, tries, seed, SEED_PROPERTY, seed, inputs.drawn(),
                        failure.getMessage() != null ? failure.getMessage() : failure), failure);
                throw report;
            }
        }
    }
}
