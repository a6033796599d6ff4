package org.improvementnotice.model.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.improvementnotice.model.NoticeException;

/** Input that failed validation, with every problem found (not only the first). */
public class ValidationException extends NoticeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception whose message names the subject, counts its errors and lists every problem, one a line.
   *
   * @param subject what was validated ("Notice surrey-2008")
   * @param problems every problem found, errors and warnings, in the order found
   */
  public ValidationException(String subject, List<Problem> problems) {
    super(message(subject, problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, errors and warnings, in the order found} */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Throws a {@link ValidationException} if any of the problems is an error.
   *
   * @param subject what was validated ("Notice surrey-2008"), for the message
   * @param problems every problem found; warnings alone throw nothing, and are listed when an error throws
   * @throws ValidationException listing every problem if any is an error
   */
  public static void throwIfErrors(String subject, List<Problem> problems) {
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new ValidationException(subject, problems);
    }
  }

  private static String message(String subject, List<Problem> problems) {
    requireNonNull(problems, "problems");
    long errors = problems.stream().filter(Problem::isError).count();
    return subject + " has " + errors + (errors == 1 ? " error" : " errors")
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
