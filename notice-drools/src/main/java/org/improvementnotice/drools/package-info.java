/**
 * What the rule modules share: {@link org.improvementnotice.drools.ExecutableModel} loads a module's executable
 * model, compiled from its DRL at build time, into one rule base and a pool of sessions per process, with the
 * executable-model runtime and no DRL compiler. The broken-DRL tests the modules share are in this module's test
 * jar ({@code org.improvementnotice.drools.testing}).
 */
package org.improvementnotice.drools;
