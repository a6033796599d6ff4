package org.improvementnotice.model;

import java.util.regex.Pattern;

/** The shape of notice and measure ids. */
final class Slug {
  static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

  private Slug() {}

  static String check(String kind, String value) {
    java.util.Objects.requireNonNull(value, kind);
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(String.format(
          "%s must be 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit: '%s'", kind, value));
    }
    return value;
  }
}
