/**
 * The immutable domain model of improvement notices: a {@link org.improvementnotice.model.Notice} and its
 * {@link org.improvementnotice.model.Measure measures}, governance, assessment schedule and consequence.
 * Requirements are in {@code requirement}, indicators in {@code indicator}, periods and deadlines in
 * {@code time}, performance data in {@code data}, validation in {@code validation}. No parameter or return
 * value is null: absence is {@link java.util.Optional}.
 */
package org.improvementnotice.model;
