/**
 * A council's performance data built from the Department's published files, for the engine:
 * {@link org.improvementnotice.data.published.PublishedData#read PublishedData.read(folder, indicators, options)}
 * reads only the files of the indicators a notice declares, and gives each council's figures as observations and
 * its England, regional and statistical neighbour benchmarks as benchmark values, each quoting where it comes
 * from; a figure published without a value, or a benchmark that could not be computed, is kept with why, so that
 * the requirement it would decide has no data and says so. No parameter or return value is null: absence is
 * {@link java.util.Optional}.
 */
package org.improvementnotice.data.published;
