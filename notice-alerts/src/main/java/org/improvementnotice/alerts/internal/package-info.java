/**
 * What the alert engine uses and the public API does not offer: loading the alert rule base and preparing the
 * facts its rules match. Not for use outside this module, and free to change without notice.
 */
package org.improvementnotice.alerts.internal;
