/**
 * Internal: preparing the facts the rules match, one class per family of rules, each named for the family's DRL
 * file in {@code src/main/resources/org/improvementnotice/rules/facts} and preparing that family's fact types
 * ({@code threshold.drl}: {@code ThresholdPreparation}, a {@link org.improvementnotice.rules.facts.FigureCase};
 * {@code standing.drl}: {@code StandingPreparation}, a {@link org.improvementnotice.rules.facts.SeriesCase}; and
 * so on). {@link org.improvementnotice.rules.internal.preparation.Preparer} sends each requirement to its
 * family's preparation; the families share the evaluation's look-ups ({@code Evaluation}), a window's figures
 * ({@code WindowFigures}) and the explanation's words ({@code Words}). Preparation decides nothing: every status
 * comes from a rule. Not API.
 */
package org.improvementnotice.rules.internal.preparation;
