package org.improvementnotice.data.published;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.data.benchmark.BenchmarkSettings;
import org.improvementnotice.data.dfe.DfeMapping;
import org.improvementnotice.data.dfe.DfeSettings;

/**
 * How a folder of published files is read into councils' data: the mapping, the reading settings, the
 * statistical neighbour model (a path to a model file, or a file-name pattern matched in the folder) and
 * how its benchmarks are computed. Immutable and thread-safe.
 *
 * @param mapping which columns are which indicators
 * @param settings publication rules and filter columns
 * @param model the neighbour model: a path to a file, or a pattern of file names in the folder
 *     (default {@value #DEFAULT_MODEL}); no match leaves the neighbour benchmarks unavailable
 * @param benchmarks method, minimum neighbours and rounding
 */
public record PublishedOptions(DfeMapping mapping, DfeSettings settings, String model, BenchmarkSettings benchmarks) {

  /** The default model: the DfE's current model file in the folder. */
  public static final String DEFAULT_MODEL = "sn_model_*.csv";

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param mapping which columns are which indicators
   * @param settings publication rules and filter columns
   * @param model the neighbour model: a path to a file, or a pattern of file names in the folder
   * @param benchmarks method, minimum neighbours and rounding
   */
  public PublishedOptions {
    requireNonNull(mapping, "mapping");
    requireNonNull(settings, "settings");
    requireNonNull(model, "model");
    requireNonNull(benchmarks, "benchmarks");
  }

  /** {@return the defaults: the shipped mapping, default settings, the default model, the mean of at least 7} */
  public static PublishedOptions defaults() {
    return new PublishedOptions(DfeMapping.standard(), DfeSettings.defaults(), DEFAULT_MODEL,
        BenchmarkSettings.defaults());
  }

  /**
   * {@return these options with another model (a path, or a pattern in the folder)}
   *
   * @param other a path to a model file, or a file-name pattern matched in the folder ({@value #DEFAULT_MODEL}); no
   *     match leaves the neighbour benchmarks unavailable
   */
  public PublishedOptions withModel(String other) {
    return new PublishedOptions(mapping, settings, other, benchmarks);
  }

  /**
   * {@return these options with other benchmark settings}
   *
   * @param other how the statistical neighbour benchmarks are computed
   */
  public PublishedOptions withBenchmarks(BenchmarkSettings other) {
    return new PublishedOptions(mapping, settings, model, other);
  }

  /**
   * {@return these options with another mapping}
   *
   * @param other which columns of which files are which indicators
   */
  public PublishedOptions withMapping(DfeMapping other) {
    return new PublishedOptions(other, settings, model, benchmarks);
  }

  /**
   * {@return these options with other reading settings}
   *
   * @param other publication rules by file and extra filter columns
   */
  public PublishedOptions withSettings(DfeSettings other) {
    return new PublishedOptions(mapping, other, model, benchmarks);
  }
}
