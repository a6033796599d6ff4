package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a benchmark was computed from other councils' published figures (DOMAIN.md, "Benchmarks computed from
 * published figures": the finding names the method, the model and the neighbours used): the method, the
 * statistical-neighbour model, the rounding, each figure used and each neighbour left out with why. What an
 * auditor needs to compute the benchmark again by hand. Immutable and thread-safe.
 *
 * @param method how the figures were combined, in words ("mean", "median", "pooled rate")
 * @param model the name of the statistical-neighbour model that named the neighbours
 * @param rounding how the result was rounded, in words ("not rounded", "rounded to one decimal, half up")
 * @param used the figures used, in the model's order (closest neighbour first)
 * @param leftOut the neighbours left out, in the model's order, each with why
 */
public record BenchmarkBasis(String method, String model, String rounding, List<Contribution> used,
    List<Exclusion> leftOut) {

  /**
   * One neighbour's published figure used.
   *
   * @param area the neighbour's code (the DfE's three-digit LA number)
   * @param name its name
   * @param value its published value
   * @param numerator its published numerator, if any
   * @param denominator its published denominator, if any
   * @param location where it was read (a file and line)
   */
  public record Contribution(String area, String name, BigDecimal value, Optional<BigDecimal> numerator,
      Optional<BigDecimal> denominator, String location) {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param area the neighbour's code
     * @param name its name
     * @param value its published value
     * @param numerator its published numerator, if any
     * @param denominator its published denominator, if any
     * @param location where it was read
     */
    public Contribution {
      requireNonNull(area, "area");
      requireNonNull(name, "name");
      requireNonNull(value, "value");
      requireNonNull(numerator, "numerator");
      requireNonNull(denominator, "denominator");
      requireNonNull(location, "location");
    }
  }

  /**
   * A neighbour left out, and why.
   *
   * @param area the neighbour's code (the DfE's three-digit LA number)
   * @param name its name
   * @param reason why it was left out ("'c' (suppressed to protect confidentiality) in ...")
   */
  public record Exclusion(String area, String name, String reason) {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param area the neighbour's code
     * @param name its name
     * @param reason why it was left out
     */
    public Exclusion {
      requireNonNull(area, "area");
      requireNonNull(name, "name");
      requireNonNull(reason, "reason");
    }

    /** {@return the neighbour and why it was left out, as a description quotes it: "Norfolk (926): 'x' ..."} */
    @Override
    public String toString() {
      return name + " (" + area + "): " + reason;
    }
  }

  /**
   * Checks the components and copies the lists, as the type's documentation says of each.
   *
   * @param method how the figures were combined, in words
   * @param model the name of the statistical-neighbour model
   * @param rounding how the result was rounded, in words
   * @param used the figures used, in the model's order
   * @param leftOut the neighbours left out, in the model's order, each with why
   */
  public BenchmarkBasis {
    requireNonNull(method, "method");
    requireNonNull(model, "model");
    requireNonNull(rounding, "rounding");
    used = List.copyOf(requireNonNull(used, "used"));
    leftOut = List.copyOf(requireNonNull(leftOut, "leftOut"));
  }
}
