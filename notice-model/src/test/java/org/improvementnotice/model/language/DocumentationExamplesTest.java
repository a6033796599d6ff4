package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples of docs/notice-language.md say what the language does. */
class DocumentationExamplesTest {

  private static final Pattern BLOCK = Pattern.compile("```([a-z-]*)\\n(.*?)```", Pattern.DOTALL);

  private static final List<String[]> blocks = new ArrayList<>();

  @BeforeAll
  static void readTheDocs() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "notice-language.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      blocks.add(new String[] {m.group(1), m.group(2)});
    }
  }

  private static List<String> blocks(String kind) {
    return blocks.stream().filter(b -> b[0].equals(kind)).map(b -> b[1]).toList();
  }

  @Test
  void theCompleteExampleParsesCleanlyAndHoldsAllSixteenForms() {
    Notice notice = NoticeLanguage.read("all-forms.notice", blocks("notice").get(0)).notice();

    Set<RequirementForm> forms = EnumSet.noneOf(RequirementForm.class);
    for (var measure : notice.measures()) {
      for (Requirement r : measure.requirements()) {
        forms.add(r.form());
      }
    }
    assertThat(forms).containsExactlyInAnyOrder(RequirementForm.values());
    assertThat(NoticeLanguage.read("all-forms.notice", blocks("notice").get(0)).warnings()).isEmpty();
  }

  @Test
  void everyPerFormExampleIsPartOfTheCompleteExample() {
    List<String> snippets = blocks("notice-requirement");

    assertThat(snippets).hasSize(16);
    snippets.forEach(s -> assertThat(blocks("notice").get(0)).contains(s.strip()));
  }

  /** The fragments that show a way of writing a form (its deadlines, its window) are in the example too. */
  @Test
  void everyFragmentIsPartOfTheCompleteExample() {
    List<String> fragments = blocks("notice-fragment");

    assertThat(fragments).isNotEmpty();
    fragments.forEach(s -> assertThat(blocks("notice").get(0)).contains(s.strip()));
  }

  /** The Board Chair bears the recurring assessment; the three years to March 2010 are one period of days. */
  @Test
  void aDutyOfAnotherPartyAndAnAverageOverYearsAreReadAsWritten() {
    Notice notice = NoticeLanguage.read("all-forms.notice", blocks("notice").get(0)).notice();

    assertThat(notice.measureOf(RequirementId.of("form-16")).orElseThrow().bearer())
        .isEqualTo(org.improvementnotice.model.Bearer.other("the Board Chair"));
    var years = (org.improvementnotice.model.requirement.AverageOverPeriod) notice.requirement(
        RequirementId.of("form-9-years")).orElseThrow();
    assertThat(years.period()).isEqualTo(org.improvementnotice.model.time.DateRange.ofClosed(
        LocalDate.of(2007, 4, 1), LocalDate.of(2010, 3, 31)));
  }

  /** "Immediately" and "from the date of the notice" are the issue date: a deadline at it, a window from it. */
  @Test
  void immediatelyIsByTheDateOfTheNotice() {
    Notice notice = NoticeLanguage.read("all-forms.notice", blocks("notice").get(0)).notice();

    assertThat(notice.requirement(RequirementId.of("named-worker")).orElseThrow()).isEqualTo(new DatedAction(
        RequirementId.of("named-worker"), "A named social worker allocated to every child", Deadline.atIssue()));
    EveryPeriod qualified = (EveryPeriod) notice.requirement(RequirementId.of("qualified")).orElseThrow();
    assertThat(qualified.window()).isEqualTo(Window.ofNotice());
    assertThat(Deadline.atIssue().resolve(notice.deadlineContext())).contains(notice.issued().date());
  }

  /**
   * The successor example: it supersedes the complete example, is in force until its revocation (which ends it),
   * and lists the facts its writer supplied.
   */
  @Test
  void theSuccessorExampleSupersedesTheCompleteOneUntilItIsRevoked() {
    ParsedNotice read = NoticeLanguage.read("all-forms-direction.notice", blocks("notice-successor").get(0));
    Notice earlier = NoticeLanguage.read("all-forms.notice", blocks("notice").get(0)).notice();
    Notice later = read.notice();

    assertThat(read.warnings()).isEmpty();
    assertThat(later.supersedes()).contains(earlier.id());
    assertThat(later.issued().date()).isAfter(earlier.issued().date());
    assertThat(later.term()).contains(new Term.UntilRevoked(Optional.of(LocalDate.of(2012, 3, 31)), false));
    assertThat(later.end()).contains(LocalDate.of(2012, 3, 31));
    assertThat(later.assumedFacts()).hasSize(2).anySatisfy(f -> assertThat(f).contains("Department for Education"))
        .anySatisfy(f -> assertThat(f).contains("July Improvement Board"));
  }

  @Test
  void theErrorExampleGivesTheDocumentedMessage() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parse("broken.notice", blocks("notice").get(1)));

    assertThat(e.getMessage() + "\n").isEqualTo(blocks("text").get(0));
  }
}
