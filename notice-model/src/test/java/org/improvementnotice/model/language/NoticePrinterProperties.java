package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.requirement.RequirementForm;

/** The canonical printer: every notice the model can hold reads back equal from its printed text. */
class NoticePrinterProperties {

  @Provide
  Arbitrary<Notice> notices() {
    return NoticeArbitraries.notices();
  }

  @Property(tries = 500)
  void parseOfPrintIsTheNotice(@ForAll("notices") Notice notice) {
    String text = NoticeLanguage.print(notice);
    Notice back = NoticeLanguage.parseWithoutValidation("generated.notice", text);
    assertThat(back).as(text).isEqualTo(notice);
  }

  @Property(tries = 200)
  void printingIsCanonical(@ForAll("notices") Notice notice) {
    String text = NoticeLanguage.print(notice);
    assertThat(NoticeLanguage.print(NoticeLanguage.parseWithoutValidation("generated.notice", text)))
        .isEqualTo(text);
  }

  @Example
  void theGeneratedNoticesCoverAllFifteenForms() {
    Set<RequirementForm> seen = EnumSet.noneOf(RequirementForm.class);
    NoticeArbitraries.requirements().sampleStream().limit(2000).forEach(r -> seen.add(r.form()));
    assertThat(seen).containsExactlyInAnyOrder(RequirementForm.values());
  }
}
