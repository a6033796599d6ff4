package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void codesInSentencesBecomeWords() {
    assertThat(Dates.inWords("done on 2009-02-20, deadline 2009-03-01")).isEqualTo("done on 20 Feb 2009, deadline 1 Mar 2009");
    assertThat(Dates.inWords("NI 59 was 52% for 2009-Q1")).isEqualTo("NI 59 was 52% for January to March 2009");
    assertThat(Dates.inWords("for AY2007/08 and FY2011-12, YE2009-09 and 2010-06"))
        .isEqualTo("for academic year 2007/08 and financial year 2011-12, year to September 2009 and June 2010");
    assertThat(Dates.inWords("over 2010-04-01..2010-09-30")).isEqualTo("over 1 Apr 2010 to 30 Sept 2010");
  }

  @Test
  void otherNumbersAndBadCodesStay() {
    assertThat(Dates.inWords("KS2 ENG L4 CIC was 35 pp, SN 2009-13-01, id m-2009-03 and 12.2009-03"))
        .isEqualTo("KS2 ENG L4 CIC was 35 pp, SN 2009-13-01, id m-2009-03 and 12.2009-03");
  }
}
