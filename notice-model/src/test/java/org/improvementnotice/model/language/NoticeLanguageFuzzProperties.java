package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.improvementnotice.model.Notice;

/**
 * The standing fuzz suite of the notice language: the five real notices and a successor example, mutated ({@link
 * Mutations}), are each read or rejected as documented. Only {@link NoticeSyntaxException} leaves the language; every
 * rejection names at least one error; every diagnostic lies inside the text, at its offending text, and they come in
 * source order; whatever is read prints and reads back equal (and stays valid or invalid); and no input makes a read
 * allocate more than a bound that is far above what a notice needs.
 *
 * <p>The build runs jqwik's default number of tries. The long run (docs/notice-language.md, "Fuzzing"):
 * {@code ./mvnw -B -ntp verify -pl notice-model -Dtest=NoticeLanguageFuzzProperties
 * -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default=100000}.
 */
class NoticeLanguageFuzzProperties {

  /** The most bytes reading, printing and reading back one mutant may allocate (a notice needs a few MiB). */
  static final long MAX_ALLOCATION = 64L << 20;

  private static final Comparator<Diagnostic> SOURCE_ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private static final AtomicLong slowestNanos = new AtomicLong();
  private static final AtomicLong mostBytes = new AtomicLong();
  private static final AtomicLong inputs = new AtomicLong();
  private static final AtomicLong cpuNanos = new AtomicLong();
  private static final AtomicLong firstCpuNanos = new AtomicLong(-1);
  private static final AtomicLong lastCpuNanos = new AtomicLong();

  @Provide
  Arbitrary<Mutations.Mutant> mutants() {
    return Mutations.mutants();
  }

  @Property
  void aMutatedNoticeIsReadOrRejectedAsDocumented(@ForAll("mutants") Mutations.Mutant mutant) {
    long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    firstCpuNanos.compareAndSet(-1, cpuBefore);
    String text = mutant.text();
    long bytesBefore = allocatedBytes();
    long start = System.nanoTime();

    Notice valid = null;
    try {
      ParsedNotice parsed = NoticeLanguage.read("fuzz.notice", text);
      valid = parsed.notice();
      checkDiagnostics(text, parsed.warnings());
    } catch (NoticeSyntaxException e) {
      assertThat(e.errors()).as("a rejection names an error").isNotEmpty();
      checkDiagnostics(text, e.diagnostics());
    }
    Notice raw = null;
    try {
      raw = NoticeLanguage.parseWithoutValidation("fuzz.notice", text);
    } catch (NoticeSyntaxException e) {
      assertThat(valid).as("what validates parses").isNull();
      assertThat(e.errors()).isNotEmpty();
      checkDiagnostics(text, e.diagnostics());
    }
    if (raw != null) {
      if (valid != null) {
        assertThat(raw).isEqualTo(valid);
      }
      String printed = NoticeLanguage.print(raw);
      assertThat(NoticeLanguage.parseWithoutValidation("printed.notice", printed)).as(printed).isEqualTo(raw);
      if (valid != null) {
        assertThat(NoticeLanguage.read("printed.notice", printed).notice()).isEqualTo(valid);
      }
    }

    long nanos = System.nanoTime() - start;
    long bytes = allocatedBytes() - bytesBefore;
    slowestNanos.accumulateAndGet(nanos, Math::max);
    mostBytes.accumulateAndGet(bytes, Math::max);
    inputs.incrementAndGet();
    long cpuAfter = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    cpuNanos.addAndGet(cpuAfter - cpuBefore);
    lastCpuNanos.set(cpuAfter);
    assertThat(bytes).as("bytes allocated for one input").isLessThan(MAX_ALLOCATION);
    Statistics.collect(valid != null ? "valid" : raw != null ? "parses, invalid" : "rejected");
  }

  /** Every diagnostic is inside the text, at the text it names, and they come in source order. */
  private static void checkDiagnostics(String text, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      String at = SourceText.at(text, d.line(), d.column());
      assertThat(at).as("%s lies inside the text", d).isNotNull();
      assertThat(at).as("%s is at its offending text", d).startsWith(d.offendingText());
      assertThat(d.source()).isEqualTo("fuzz.notice");
    }
    assertThat(diagnostics).as("in source order").isSortedAccordingTo(SOURCE_ORDER);
  }

  private static long allocatedBytes() {
    return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        ? t.getCurrentThreadAllocatedBytes() : 0;
  }

  @AfterContainer
  static void report() {
    long withGeneration = lastCpuNanos.get() - firstCpuNanos.get();   // one thread's, when no shrinking moved it
    System.out.printf("notice language fuzz: %d inputs; processor time %d ms reading them%s; slowest input %d ms, "
        + "most allocated by one %d MiB (bound %d MiB)%n", inputs.get(), cpuNanos.get() / 1_000_000,
        withGeneration >= cpuNanos.get() ? ", " + withGeneration / 1_000_000 + " ms with their generation" : "",
        slowestNanos.get() / 1_000_000, mostBytes.get() >> 20, MAX_ALLOCATION >> 20);
  }
}
