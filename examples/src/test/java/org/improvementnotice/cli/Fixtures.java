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
    for (int i = 0; i < months; i++) {
      csv.append("NI 59,").append(month).append(',').append(value.toPlainString()).append(",,,monthly return,")
          .append(month.plusMonths(1).atDay(10)).append('\n');
      value = value.add(new java.math.BigDecimal(step));
      month = month.plusMonths(1);
    }
    csv.append("NI 60,2009-03,70.5,,,monthly return,2009-04-10\n");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("observations.csv"), csv.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("benchmarks.csv"), "indicator,benchmark,period,value,source,published\n"
        + "NI 59,ENGLAND,FY2008-09,68.2,NI statistics,2009-10-01\n"
        + "NI 59,ENGLAND,FY2009-10,72.4,NI statistics,2010-10-01\n", StandardCharsets.UTF_8);
    return dir;
  }
}
