/**
 * Case-level records from council case systems and the calculators that compute, from them, the indicators
 * notices set targets on (NI 59, NI 60, NI 64, NI 65, NI 66, unallocated cases, the vacancy rate, referrals
 * to initial assessment). Definitions are in {@code docs/indicators.md}. No parameter or return value is null.
 */
package org.improvementnotice.cases;
