/**
 * The facts the alert rules match and the helper that words the one fact they insert. Internal to the alerts
 * module: public only because the executable model generated from the DRL in this package calls them.
 *
 * <p>Java prepares one immutable fact per open item at the alert date ({@code OpenInitialAssessment},
 * {@code OpenCoreAssessment}, {@code UnallocatedCase}, {@code OpenPlan}) with its working-day or calendar-day
 * figures computed in O(1), and one {@code RequirementsOn} per indicator an alert can affect. The DRL rules
 * compare and insert {@link org.improvementnotice.alerts.Alert}s: one DRL file per family in
 * {@code src/main/resources/org/improvementnotice/alerts/facts}, each rule named for what it decides. Rules
 * never modify a fact.
 */
package org.improvementnotice.alerts.facts;
