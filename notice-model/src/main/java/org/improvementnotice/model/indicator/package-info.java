/**
 * Indicators (id, name, unit, polarity, reporting period, aggregation), units with their conversions, and
 * the standard catalogue. No parameter or return value is null.
 */
package org.improvementnotice.model.indicator;
