package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.testkit.NoticeAndData;

/**
 * DOMAIN.md, "Stated facts and assumed facts": marking a fact assumed changes what a finding says about what it
 * rests on, never what it decides. Over the testkit's notices, the same notice with its issue date, issuer, term
 * and events all marked assumed (through the language: printed, marked, read back) gives the same findings but for
 * the sentence naming the assumed facts.
 */
class AssumedFactsProperties {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final String RESTS_ON = " It rests on ";

  /** The notice with every fact the writer could supply marked assumed. */
  static Notice allAssumed(Notice notice) {
    String marked = Stream.of(NoticeLanguage.print(notice).split("\n", -1))
        .map(line -> (line.startsWith("issued ") || line.startsWith("issuer ") || line.startsWith("term ")
            || line.startsWith("event ")) && !line.endsWith(" assumed") ? line + " assumed" : line)
        .collect(Collectors.joining("\n"));
    return NoticeLanguage.parse("assumed.notice", marked);
  }

  private static String withoutAssumptions(String explanation) {
    int at = explanation.indexOf(RESTS_ON);
    return at < 0 ? explanation : explanation.substring(0, at);
  }

  @Property(tries = 60)
  void assumingAFactChangesNoDecisionOnlyWhatTheFindingSaysItRestsOn(@ForAll NoticeAndData pair,
      @ForAll @IntRange(max = 2000) int offset) {
    Notice notice = pair.notice();
    Notice assumed = allAssumed(notice);
    LocalDate at = EvaluationProperties.asAt(notice, offset);
    List<Finding> stated = ENGINE.evaluate(notice, pair.data(), at).findings();
    List<Finding> marked = ENGINE.evaluate(assumed, pair.data(), at).findings();

    assertThat(assumed.assumedFacts()).contains("issue date " + notice.issued().date(),
        "issuer " + notice.issuer().body());
    assertThat(marked).hasSameSizeAs(stated);
    for (int i = 0; i < stated.size(); i++) {
      Finding s = stated.get(i);
      Finding m = marked.get(i);
      assertThat(m.status()).as(s.requirement().value()).isEqualTo(s.status());
      assertThat(m.rag()).isEqualTo(s.rag());
      assertThat(m.values()).isEqualTo(s.values());
      assertThat(m.evidence()).isEqualTo(s.evidence());
      assertThat(m.rule()).isEqualTo(s.rule());
      assertThat(withoutAssumptions(m.explanation())).isEqualTo(withoutAssumptions(s.explanation()));
      // what rested on an assumed fact still does, and a finding on the issue date always says so now
      if (s.explanation().contains(RESTS_ON)) {
        assertThat(m.explanation()).contains(RESTS_ON);
      }
      if (s.explanation().contains("the issue date ")) {
        assertThat(m.explanation()).contains("the issue date " + notice.issued().date());
      }
    }
  }
}
