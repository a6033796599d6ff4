/**
 * Test fixtures for the rule modules, published as notice-drools' test jar: the broken-DRL contract every rule
 * module's DRL holds, and what every module's pool of sessions holds. Test scope only.
 */
package org.improvementnotice.drools.testing;
