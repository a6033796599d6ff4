package org.improvementnotice.data.benchmark;

/** How the statistical neighbours' figures combine into "the statistical neighbour average". */
public enum BenchmarkMethod {
  /** The mean of the neighbours' published values (the convention of the Department's LAIT tool): the default. */
  MEAN("mean"),
  /** The median of the neighbours' published values (the Department's current dashboards). */
  MEDIAN("median"),
  /**
   * The pooled rate: the sum of the neighbours' numerators over the sum of their denominators, in the
   * indicator's unit (a neighbour without both is left out).
   */
  POOLED("pooled rate");

  private final String words;

  BenchmarkMethod(String words) {
    this.words = words;
  }

  /** {@return the method in words ("mean", "median", "pooled rate")} */
  public String words() {
    return words;
  }
}
