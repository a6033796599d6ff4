package org.improvementnotice.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Notices, data directories and runs of the command line for the tests; {@link #surreyData} is the examples'
 * tests' too, through this module's test jar.
 */
public final class Fixtures {
  private Fixtures() {}

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  /** Runs the command line on the arguments. */
  static Run run(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = NoticeCommand.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The text of a small Surrey 2008 notice: NI 59's staged targets and the board's monthly meetings. */
  static String surreyText() throws IOException {
    try (var in = Fixtures.class.getResourceAsStream("surrey-2008.notice")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Writes the small Surrey 2008 notice into the directory. */
  static Path surreyNotice(Path dir) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve("surrey-2008.notice"), surreyText(), StandardCharsets.UTF_8);
  }

  /** Monthly NI 59 figures for Surrey from January 2009, rising from 55% by the step each month. */
  public static Path surreyData(Path dir, int months, String step) throws IOException {
    StringBuilder csv = new StringBuilder("indicator,period,value,numerator,denominator,source,published\n");
    java.math.BigDecimal value = new java.math.BigDecimal("55.0");
    java.time.YearMonth month = java.time.YearMonth.of(2009, 1);
    // NI 59 reports by month, so its England average is given for each month (FY2008-09's 68.2, then 72.4)
    StringBuilder england = new StringBuilder("indicator,benchmark,period,value,source,published\n");
    for (int i = 0; i < months; i++) {
      csv.append("NI 59,").append(month).append(',').append(value.toPlainString()).append(",,,monthly return,")
          .append(month.plusMonths(1).atDay(10)).append('\n');
      england.append("NI 59,ENGLAND,").append(month).append(month.getYear() < 2009 || month.getMonthValue() < 4
          ? ",68.2" : ",72.4").append(",NI statistics,").append(month.plusMonths(1).atDay(20)).append('\n');
      value = value.add(new java.math.BigDecimal(step));
      month = month.plusMonths(1);
    }
    csv.append("NI 60,2009-03,70.5,,,monthly return,2009-04-10\n");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("observations.csv"), csv.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("benchmarks.csv"), england.toString(), StandardCharsets.UTF_8);
    return dir;
  }
}
