/**
 * The plain-Java reference evaluator: every requirement form read afresh from the domain notes (DOMAIN.md, second
 * edition), one class per family of forms (the same families as the engine's rules), to check the Drools engine
 * against (the differential properties) and to compare its speed with ({@code NationalBatchBenchmark}). It
 * shares no code with the engine's preparation or rules, only the model's look-ups. It can be built with
 * deliberate faults ({@link org.improvementnotice.benchmarks.reference.Break}) to show that the differential
 * properties detect them. Not deployed.
 */
package org.improvementnotice.benchmarks.reference;
