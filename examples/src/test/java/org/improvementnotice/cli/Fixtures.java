package org.improvementnotice.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data directories for the tests. */
public final class Fixtures {
  private Fixtures() {}

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
