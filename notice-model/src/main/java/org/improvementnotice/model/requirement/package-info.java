/**
 * The sixteen forms of requirement as a closed hierarchy under
 * {@link org.improvementnotice.model.requirement.Requirement}, with the thresholds, baselines, due dates,
 * trajectories and cadences they hold. No parameter or return value is null.
 */
package org.improvementnotice.model.requirement;
