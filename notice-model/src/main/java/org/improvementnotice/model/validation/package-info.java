/**
 * Validation that collects every problem with its path, for notices and for performance data. No parameter
 * or return value is null.
 */
package org.improvementnotice.model.validation;
