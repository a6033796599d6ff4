/**
 * Readers of performance data: the project's own CSV format ({@code docs/data-format.md}), read into
 * {@link org.improvementnotice.model.data.PerformanceData} and checked against a notice, every bad file, row
 * or cell reported with its location ({@link org.improvementnotice.data.DataFileException}).
 */
package org.improvementnotice.data;
