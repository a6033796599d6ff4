package org.improvementnotice.model.requirement;

/** The comparators a council's figures are judged against. */
public enum BenchmarkKind {
  /** The England (national) average. */
  ENGLAND,
  /** The average of the council's statistical neighbours (ten per council in the DfE/NFER model). */
  STATISTICAL_NEIGHBOURS,
  /** The regional average. */
  REGION
}
