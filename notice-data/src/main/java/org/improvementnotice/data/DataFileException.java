package org.improvementnotice.data;

import java.util.List;
import java.util.stream.Collectors;
import org.improvementnotice.model.NoticeException;

/**
 * Data files that could not be read or that hold bad rows, with the errors found: at most
 * {@value ErrorList#MAX_SHOWN} of them, and the count of the others ({@link #omitted()}).
 */
public class DataFileException extends NoticeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DataError> errors;
  /** How many more errors were found than are listed. */
  private final int omitted;

  /**
   * The errors found: the first {@value ErrorList#MAX_SHOWN} listed, the others counted in {@link #omitted()},
   * so that a file of many bad rows never prints millions of lines.
   *
   * @param errors the errors, in file and line order
   */
  public DataFileException(List<DataError> errors) {
    this(errors.subList(0, Math.min(errors.size(), ErrorList.MAX_SHOWN)),
        Math.max(0, errors.size() - ErrorList.MAX_SHOWN));
  }

  /**
   * Errors of which only the first are listed.
   *
   * @param errors the errors listed, in file and line order
   * @param omitted how many more errors were found and not listed
   * @throws IllegalArgumentException if {@code omitted} is negative
   */
  public DataFileException(List<DataError> errors, int omitted) {
    super(message(errors, omitted));
    if (omitted < 0) {
      throw new IllegalArgumentException("Omitted errors cannot be negative, was " + omitted);
    }
    this.errors = List.copyOf(errors);
    this.omitted = omitted;
  }

  private static String message(List<DataError> errors, int omitted) {
    long total = (long) errors.size() + omitted;
    return total + (total == 1 ? " error" : " errors") + " in the data files"
        + errors.stream().map(e -> "\n  " + e).collect(Collectors.joining())
        + (omitted == 0 ? "" : "\n  ... and " + omitted + " more " + (omitted == 1 ? "error" : "errors")
            + " (only the first " + errors.size() + " are listed)");
  }

  /** @return the errors listed, in file and line order */
  public List<DataError> errors() {
    return errors;
  }

  /** @return how many more errors were found than {@link #errors()} lists */
  public int omitted() {
    return omitted;
  }
}
