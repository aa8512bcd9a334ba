package org.zhuye.jobs.matching;

/**
 * One weighted part of a match's score: its name, its weight (a dated parameter), the points it
 * gave (weight × how well it fits, 0..weight) and the reason in Chinese.
 */
public record ScoreComponent(String name, String label, int weight, double points, String reason) {
}
