package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void theMainJobShowsTheSurreyMeasuresAndTheirValidation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Main.print(Surrey2008.notice(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("surrey-2008: Surrey County Council, issued 2008-12-01 (assumed)")
        .contains("ni59.1").contains("ni66.2").contains("form  4 (maintain)").contains("Validation: no problems");
  }
}
