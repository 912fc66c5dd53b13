package io.github.thidua.examples;

public final class SeedShowcase {
    public static void main(String[] args) {
        System.out.println("hello " + io.github.thidua.core.Points.parse("7.50"));
    }
}
