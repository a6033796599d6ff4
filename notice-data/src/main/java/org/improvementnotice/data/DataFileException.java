package org.improvementnotice.data;

import java.util.List;
import java.util.stream.Collectors;
import org.improvementnotice.model.NoticeException;

/** Data files that could not be read or that hold bad rows, with every error found. */
public class DataFileException extends NoticeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DataError> errors;

  public DataFileException(List<DataError> errors) {
    super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the data files"
        + errors.stream().map(e -> "\n  " + e).collect(Collectors.joining()));
    this.errors = List.copyOf(errors);
  }

  /** Every error, in file and line order. */
  public List<DataError> errors() {
    return errors;
  }
}
