/**
 * Internal: loading the rule base, wording explanations, logging firings; the preparation of the rules' facts is
 * in {@link org.improvementnotice.rules.internal.preparation}. Not API.
 */
package org.improvementnotice.rules.internal;
