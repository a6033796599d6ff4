/**
 * JMH benchmarks of the compliance engine (one notice warm, a national batch against the reference evaluator, the
 * cold start) and of the indicators from case records, on inputs the testkit generates from fixed seeds
 * ({@code Workloads}). Results and how to reproduce them: {@code docs/performance.md}. Not deployed.
 */
package org.improvementnotice.benchmarks;
