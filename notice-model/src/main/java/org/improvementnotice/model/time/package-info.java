/**
 * Periods (month, quarter, financial year, academic year, year to 30 September, date range) with their
 * canonical text forms, deadlines as notices word them, windows, and the England and Wales working-day
 * calendar. No parameter or return value is null.
 */
package org.improvementnotice.model.time;
