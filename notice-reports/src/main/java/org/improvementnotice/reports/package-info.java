/**
 * The reports of an evaluation: text (a table fitted to the terminal, long text wrapped), JSON (a stable schema
 * of records, {@code docs/report-json.md}) and HTML (one self-contained file for a board, with charts drawn as
 * inline SVG by JFreeChart). Statuses are shown in words ({@link org.improvementnotice.reports.StatusWords}),
 * values rounded with their units, and text from notices and data neutralised
 * ({@link org.improvementnotice.reports.SafeText}). No parameter or return value is null, except the JSON
 * records' fields documented as nullable.
 */
package org.improvementnotice.reports;
