/**
 * The Department for Education's published statistics in its open-data layout (one CSV file per release,
 * standard time and geography columns, filter columns, indicator columns), read by a mapping that says which
 * columns of which files are which indicators: {@link org.improvementnotice.data.dfe.DfeData#read} gives every
 * mapped indicator's figure for England, each region and each council, with its value or the symbol published
 * in its place. Publication dates are not in the files: each figure's is assumed from a
 * {@link org.improvementnotice.data.dfe.PublicationRule} and says so. {@code docs/published-data.md} describes
 * the layout and the shipped mapping. No parameter or return value is null: absence is {@link java.util.Optional}.
 */
package org.improvementnotice.data.dfe;
