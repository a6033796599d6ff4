package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.testkit.NoticeAndData;

/**
 * The same inputs give byte-identical JSON, so an auditor can re-run an old verdict and diff it: a notice and its
 * data evaluated over the schedule and written, once on this thread and eight times at once on eight threads
 * sharing one engine, give the same bytes every time.
 */
class ByteIdenticalJsonProperties {
  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final int THREADS = 8;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  @AfterContainer
  static void shutDown() {
    POOL.shutdownNow();
  }

  @Property(tries = 40)
  void theSameInputsGiveTheSameBytesOnEightThreads(@ForAll NoticeAndData pair) throws Exception {
    String alone = json(pair);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> runs = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      runs.add(POOL.submit(() -> {
        start.await();
        return json(pair);
      }));
    }
    start.countDown();
    for (Future<String> run : runs) {
      assertThat(run.get()).isEqualTo(alone);
    }
    assertThat(alone).contains("\"noticeFingerprint\" : \"sha256:");
  }

  private static String json(NoticeAndData pair) {
    Evaluation evaluation = Evaluation.overSchedule(ENGINE, pair.notice(), pair.data(), "generated");
    StringWriter out = new StringWriter();
    try {
      JsonReport.write(JsonReport.document(List.of(evaluation)), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
