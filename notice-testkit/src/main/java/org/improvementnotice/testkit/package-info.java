/**
 * jqwik arbitraries for the whole model, for people who write property tests of rules and of tools built on
 * the library. Start at {@link org.improvementnotice.testkit.NoticeArbitraries}. Implementations are in the
 * {@code internal} package, which is not API. No parameter or return value is null.
 */
package org.improvementnotice.testkit;
