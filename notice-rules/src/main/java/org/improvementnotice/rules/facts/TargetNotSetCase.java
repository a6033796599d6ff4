package org.improvementnotice.rules.facts;

/**
 * Form 11, a target not yet set. Immutable.
 *
 * @param requirementId the requirement
 */
public record TargetNotSetCase(String requirementId) {}
