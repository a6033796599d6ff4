/**
 * The councils the published files name, identified by their three-digit LA number
 * ({@link org.improvementnotice.data.council.LaNumber}) across the reorganisations that change their names and
 * ONS codes, and found by what a user types: an LA number, an ONS code or a whole name
 * ({@link org.improvementnotice.data.council.Councils#find}). No parameter or return value is null: absence is
 * {@link java.util.Optional}.
 */
package org.improvementnotice.data.council;
