/**
 * Internal: preparing facts, loading the rule base, wording explanations, logging firings. Not API.
 */
package org.improvementnotice.rules.internal;
