/**
 * Readers of performance data: the project's own CSV format ({@code docs/data-format.md}), read into
 * {@link org.improvementnotice.model.data.PerformanceData} and checked against a notice, every bad file, row
 * or cell reported with its location ({@link org.improvementnotice.data.DataFileException}, at most 100 errors
 * listed), the input bounded (64 MiB a directory, numbers of at most 15 digits before the point and 12 after,
 * years 1900 to 2199), and text read as strict UTF-8 ({@link org.improvementnotice.data.Utf8Text}).
 */
package org.improvementnotice.data;
