/**
 * The plain-Java reference evaluator: every requirement form read afresh from the domain notes, one class per
 * family of forms (the same families as the engine's rules), to check the Drools engine against (the
 * differential properties) and to compare its speed with ({@code NationalBatchBenchmark}). It shares no code
 * with the engine's preparation or rules, only the model's look-ups. Not deployed.
 */
package org.improvementnotice.benchmarks.reference;
