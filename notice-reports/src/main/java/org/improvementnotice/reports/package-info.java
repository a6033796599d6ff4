/**
 * The reports of an evaluation: text (a table fitted to the terminal), JSON (a stable schema of records,
 * {@code docs/report-json.md}) and HTML (one self-contained file with inline SVG charts). No parameter or
 * return value is null, except the JSON records' fields documented as nullable.
 */
package org.improvementnotice.reports;
