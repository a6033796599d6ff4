package org.improvementnotice.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors found while reading a directory: the first {@link #MAX_SHOWN} kept, the rest only counted, so that
 * a file of a million bad rows costs neither a million error objects nor millions of lines of output.
 */
final class ErrorList {
  /** The most errors kept and reported; the parser of the notice language stops at as many. */
  static final int MAX_SHOWN = 100;

  private final List<DataError> shown = new ArrayList<>();
  private int omitted;

  void add(DataError error) {
    if (shown.size() < MAX_SHOWN) {
      shown.add(error);
    } else if (omitted < Integer.MAX_VALUE) {
      omitted++;
    }
  }

  void addAll(List<DataError> errors) {
    errors.forEach(this::add);
  }

  /** How many errors were found, kept or not. */
  long count() {
    return (long) shown.size() + omitted;
  }

  boolean isEmpty() {
    return shown.isEmpty();
  }

  DataFileException exception() {
    return new DataFileException(shown, omitted);
  }

  void throwIfAny() {
    if (!isEmpty()) {
      throw exception();
    }
  }
}
