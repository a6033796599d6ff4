package org.improvementnotice.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.model.validation.NoticeValidator;
import org.improvementnotice.model.validation.Problem;

/** The main job: shows the Surrey 2008 notice's performance measures as the model holds them. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    print(Surrey2008.notice(), System.out);
  }

  static void print(Notice notice, PrintStream out) {
    DeadlineContext context = notice.deadlineContext();
    out.printf("%s: %s, issued %s%s by %s%n", notice.id(), notice.recipient().council(), notice.issued().date(),
        notice.issued().assumed() ? " (assumed)" : "", notice.issuer().body());
    out.printf("Ends %s; %d assessment points, first %s%n", notice.end().map(LocalDate::toString).orElse("(not stated)"),
        notice.schedule().points().size(),
        notice.schedule().points().isEmpty() ? "-" : notice.schedule().points().get(0).when().resolve(context)
            .map(LocalDate::toString).orElse("unresolved"));
    for (Measure measure : notice.measures()) {
      out.printf("%n[%s] %s%n", measure.id(), measure.clause());
      for (Requirement r : measure.decidableRequirements()) {
        out.printf("  %-8s form %2d (%s): %s%n", r.id(), r.form().number(), r.form().title(), r);
      }
    }
    List<Problem> problems = NoticeValidator.validate(notice);
    out.printf("%nValidation: %s%n", problems.isEmpty() ? "no problems" : problems.size() + " problems");
    problems.forEach(p -> out.println("  " + p));
  }
}
