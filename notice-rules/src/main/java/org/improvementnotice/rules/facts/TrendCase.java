package org.improvementnotice.rules.facts;

/**
 * Form 15, a sustained downward trend, prepared for the rules: a statement about now, so the run that counts is
 * the current one, the consecutive periods up to the latest figure known at the assessment date each worse than
 * the one before (the first may be worse than the last figure before the watch starts). Immutable.
 *
 * @param requirementId the requirement
 * @param length N, the run that makes a sustained downward trend
 * @param figures how many figures there are to compare: the periods of the window with figures, and the last
 *     figure before the watch starts if there is one
 * @param currentRun how many consecutive periods up to the latest figure were each worse than the one before
 * @param latest the latest period of the window with a figure, or null
 * @param withheld the period of a figure published without a value since which no period was better than or
 *     equal to the one before (no run crosses it, so the current run may be longer than counted), or null
 */
public record TrendCase(String requirementId, int length, int figures, int currentRun, String latest,
    String withheld) {}
