/**
 * What the readers share and the public API does not offer: not for use outside this module, and free to
 * change without notice.
 */
package org.improvementnotice.data.internal;
