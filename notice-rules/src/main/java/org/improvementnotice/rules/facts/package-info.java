/**
 * The facts the rules match and the one fact they insert. Internal to the rules module: public only because
 * the executable model generated from the DRL in this package calls them.
 *
 * <p>Java prepares one immutable fact per requirement (a {@code *Case}) with everything looked up and computed:
 * resolved dates, the figure for the period as known at the assessment date, benchmark and baseline values,
 * a window's figures as a list inside the fact, the trajectory's expected value, meeting gaps. The DRL rules
 * decide: one DRL file per family of rules in {@code src/main/resources/org/improvementnotice/rules/facts},
 * each rule named for what it decides and inserting one {@link org.improvementnotice.rules.facts.Decision}.
 * Rules never modify a fact.
 */
package org.improvementnotice.rules.facts;
