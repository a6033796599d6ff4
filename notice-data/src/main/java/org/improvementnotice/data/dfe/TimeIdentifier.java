package org.improvementnotice.data.dfe;

import java.util.Arrays;
import java.util.Optional;

/**
 * The values of {@code time_identifier} read, and how each writes its {@code time_period}. Every shipped
 * file uses {@link #REPORTING_YEAR}; the others are read too, for files of the same layout that use them.
 * What period of the model a figure is for depends also on what the indicator counts (a year to 31 March,
 * a count at 30 September): that is the mapping's {@link DfePeriod}.
 */
public enum TimeIdentifier {
  /**
   * {@code Reporting year}, {@code time_period} a year such as {@code 2013}: the collection year that ends
   * in it. For the children in need and child protection files, the year to 31 March 2013 (financial year
   * 2012-13) or the count at 31 March 2013; for the workforce census, the count at 30 September 2013 (and the
   * year to it); for the population estimates, the estimate at 30 June 2013.
   */
  REPORTING_YEAR("Reporting year", false),
  /** {@code Calendar year}, {@code time_period} a year such as {@code 2013}. */
  CALENDAR_YEAR("Calendar year", false),
  /** {@code Financial year}, {@code time_period} such as {@code 201213}: 1 April 2012 to 31 March 2013. */
  FINANCIAL_YEAR("Financial year", true),
  /** {@code Academic year}, {@code time_period} such as {@code 201213}: 1 September 2012 to 31 August 2013. */
  ACADEMIC_YEAR("Academic year", true);

  private final String label;
  private final boolean twoYears;

  TimeIdentifier(String label, boolean twoYears) {
    this.label = label;
    this.twoYears = twoYears;
  }

  /** {@return the identifier as the files write it} */
  public String label() {
    return label;
  }

  /**
   * The identifier written exactly as {@code text}.
   *
   * @param text the cell's text
   * @return the identifier, if it is one of those read
   */
  public static Optional<TimeIdentifier> of(String text) {
    return Arrays.stream(values()).filter(t -> t.label.equals(text)).findFirst();
  }

  /**
   * The year a {@code time_period} of this identifier ends in: {@code 2013} for {@code 2013}, and for
   * {@code 201213} also 2013.
   *
   * @param text the {@code time_period} cell
   * @return the year the period ends in
   * @throws IllegalArgumentException saying what form was expected
   */
  public int endYear(String text) {
    if (twoYears) {
      if (text.length() != 6 || !digits(text)) {
        throw new IllegalArgumentException("'" + DfeNumbers.printable(text) + "' is not a " + label
            + " (six digits, such as 201213)");
      }
      int start = Integer.parseInt(text.substring(0, 4));
      int end = Integer.parseInt(text.substring(4));
      if ((start + 1) % 100 != end) {
        throw new IllegalArgumentException("'" + text + "' is not a " + label + ": " + end
            + " does not follow " + start);
      }
      return inRange(start + 1, text);
    }
    if (text.length() != 4 || !digits(text)) {
      throw new IllegalArgumentException("'" + DfeNumbers.printable(text) + "' is not a " + label
          + " (four digits, such as 2013)");
    }
    return inRange(Integer.parseInt(text), text);
  }

  /** The years read: 1900 to 2999. */
  private int inRange(int year, String text) {
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("'" + text + "' is not a " + label + " between 1900 and 2999");
    }
    return year;
  }

  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
