package org.improvementnotice.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.published.PublishedData;
import org.improvementnotice.data.published.PublishedOptions;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.reports.screen.NationalScreen;
import org.improvementnotice.reports.screen.ScreenSubject;
import org.improvementnotice.rules.ComplianceEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The national screen on real published figures: the screening notice ({@code england-screen}: seven
 * requirements on six published indicators, 2013 to 2025) for every council the shipped files name, at each of
 * the notice's fourteen assessment points from November 2013 to February 2026, by the Drools engine, by the
 * engine with the screen's distances, and by the plain-Java {@link ReferenceEvaluator} on the same inputs, in one
 * run, on one thread. Goal: the engine within 3x of the reference. Reproduce with
 * {@code java -jar benchmarks/target/benchmarks.jar NationalScreenBenchmark}.
 */
@State(Scope.Benchmark)
public class NationalScreenBenchmark extends NationalBenchmark {

  private ComplianceEngine engine;
  private ReferenceEvaluator reference;
  private Notice notice;
  private List<ScreenSubject> councils;
  private List<LocalDate> dates;

  @Setup(Level.Trial)
  public void setUp() {
    notice = PublishedInputs.notice("england-screen");
    PublishedData published = PublishedData.read(PublishedInputs.folder(),
        notice.indicators().stream().map(Indicator::id).toList(), PublishedOptions.defaults());
    councils = new ArrayList<>();
    for (Council c : published.councils().all()) {
      councils.add(new ScreenSubject(c.number().value(), c.name(), "", published.forCouncil(c,
          notice.indicators().stream().map(Indicator::id).toList()).data()));
    }
    dates = new ArrayList<>();
    for (AssessmentPoint p : notice.schedule().points()) {
      p.when().resolve(notice.deadlineContext()).ifPresent(dates::add);
    }
    engine = ComplianceEngine.create();
    reference = new ReferenceEvaluator();
  }

  @Benchmark
  public void engine(Blackhole bh) {
    for (LocalDate d : dates) {
      for (ScreenSubject c : councils) {
        bh.consume(engine.evaluate(notice, c.data(), d));
      }
    }
  }

  /** The engine with the screen's figures, targets and distances, as the screen command computes them. */
  @Benchmark
  public void screen(Blackhole bh) {
    for (LocalDate d : dates) {
      bh.consume(NationalScreen.screen(engine, notice, councils, d));
    }
  }

  @Benchmark
  public void reference(Blackhole bh) {
    for (LocalDate d : dates) {
      for (ScreenSubject c : councils) {
        bh.consume(reference.evaluate(notice, c.data(), d));
      }
    }
  }
}
