/**
 * Decides whether a council complies with an improvement notice at a date, and explains each finding.
 *
 * <p>{@link org.improvementnotice.rules.ComplianceEngine} is built once and shared;
 * {@link org.improvementnotice.rules.ComplianceEngine#evaluate evaluate(notice, data, asAt)} returns a
 * {@link org.improvementnotice.rules.ComplianceReport}: one {@link org.improvementnotice.rules.Finding} per
 * requirement (status, colour, values used with their periods, threshold, the rule that decided, the clause
 * quoted, a sentence a board member can read, direction of travel) and the verdict. The statuses are the closed
 * set {@link org.improvementnotice.rules.Status}; the choices councils could make differently are
 * {@link org.improvementnotice.rules.Settings}, with documented defaults.
 *
 * <p>The decisions are made by a fixed set of Drools rules, compiled to the executable model at build time;
 * Java only prepares one immutable fact per requirement (look-ups and arithmetic). No parameter or return value
 * is null.
 */
package org.improvementnotice.rules;
