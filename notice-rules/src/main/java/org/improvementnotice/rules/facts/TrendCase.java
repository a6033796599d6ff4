package org.improvementnotice.rules.facts;

/**
 * Form 15, a sustained downward trend, prepared for the rules: how many consecutive periods of the window, at
 * most, were each worse than the one before. Immutable.
 *
 * @param requirementId the requirement
 * @param length N, the run that makes a sustained downward trend
 * @param figures how many periods of the window have figures
 * @param longestRun the longest run of consecutive periods each worse than the one before
 * @param runEnd the last period of the first run reaching N (or of the longest run), or null
 */
public record TrendCase(String requirementId, int length, int figures, int longestRun, String runEnd) {}
