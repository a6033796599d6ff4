package org.improvementnotice.model;

/** The colours boards read: red, amber, green, and grey for no data or no target (never green). */
public enum Rag {
  RED,
  AMBER,
  GREEN,
  GREY
}
