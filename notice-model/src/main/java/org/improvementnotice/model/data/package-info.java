/**
 * A council's performance data: observations with numerators, denominators and revisions, benchmark values,
 * action evidence, meetings and board judgements, in a container with "as at" look-ups; and the range of
 * dates the library supports ({@link org.improvementnotice.model.data.SupportedDates}). No parameter or
 * return value is null.
 */
package org.improvementnotice.model.data;
