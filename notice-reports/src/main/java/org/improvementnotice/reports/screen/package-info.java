/**
 * The national screen: one notice's requirements evaluated for many councils at one date (the department's
 * view), each council's verdict and each requirement's status, colour and distance from its target, sortable
 * by that distance, as a text table or JSON.
 */
package org.improvementnotice.reports.screen;
