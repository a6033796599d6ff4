/**
 * Case-level alerts: what needs doing on which open case, at a date, so the notice's targets are not missed.
 *
 * <p>{@link org.improvementnotice.alerts.AlertEngine#alerts alerts(records, notice, asAt)} returns one
 * {@link org.improvementnotice.alerts.Alert} per open item that needs attention: initial and core assessments due
 * within a few working days or already out of timescale, cases unallocated for more than 28 days, child
 * protection plans approaching two years. Each alert names the case, the record, the rule that raised it and the
 * requirements of the notice it puts at risk. The choices are {@link org.improvementnotice.alerts.AlertSettings},
 * with documented defaults; the definitions are in {@code docs/indicators.md}, "Case-level alerts".
 *
 * <p>The decisions are made by a fixed set of Drools rules compiled to the executable model at build time; Java
 * only prepares one immutable fact per open item with its working-day figures. No parameter or return value is
 * null.
 */
package org.improvementnotice.alerts;
