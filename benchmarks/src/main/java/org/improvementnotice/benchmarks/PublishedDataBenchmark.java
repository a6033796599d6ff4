package org.improvementnotice.benchmarks;

import java.nio.file.Path;
import java.util.Optional;
import org.improvementnotice.data.benchmark.BenchmarkCalculator;
import org.improvementnotice.data.benchmark.BenchmarkSettings;
import org.improvementnotice.data.benchmark.NeighbourModel;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.dfe.DfeData;
import org.improvementnotice.data.published.PublishedData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the shipped DfE files (the seven files in the open-data layout, every mapped indicator, and the 2025
 * neighbour model) and building every council's performance data from them: its observations and its England,
 * regional and statistical neighbour benchmarks for every year. Goal: well under a second. Reproduce with
 * {@code java -jar benchmarks/target/benchmarks.jar PublishedDataBenchmark}.
 */
@State(Scope.Benchmark)
public class PublishedDataBenchmark extends NationalBenchmark {

  private Path folder;
  private DfeData read;
  private NeighbourModel model;

  @Setup(Level.Trial)
  public void setUp() {
    folder = PublishedInputs.folder();
    read = DfeData.read(folder);
    model = NeighbourModel.read(folder.resolve("sn_model_2025_wide.csv"));
  }

  /** The whole: read every file, then build every council's data. */
  @Benchmark
  public void readAndBuildEveryCouncil(Blackhole bh) {
    DfeData data = DfeData.read(folder);
    NeighbourModel m = NeighbourModel.read(folder.resolve("sn_model_2025_wide.csv"));
    PublishedData published = new PublishedData(data, new BenchmarkCalculator(data, Optional.of(m),
        BenchmarkSettings.defaults()));
    for (Council c : data.councils().all()) {
      bh.consume(published.forCouncil(c));
    }
  }

  /** Reading the files alone. */
  @Benchmark
  public DfeData readFiles() {
    return DfeData.read(folder);
  }

  /** Building every council's data from files already read. */
  @Benchmark
  public void buildEveryCouncil(Blackhole bh) {
    PublishedData published = new PublishedData(read, new BenchmarkCalculator(read, Optional.of(model),
        BenchmarkSettings.defaults()));
    for (Council c : read.councils().all()) {
      bh.consume(published.forCouncil(c));
    }
  }
}
