package org.improvementnotice.alerts;

import java.nio.file.Path;
import org.improvementnotice.drools.testing.BrokenDrlContract;

/**
 * Broken DRL fails with a clear message. The build itself compiles the alert rules with kie-maven-plugin and fails
 * there (naming the file, the rule and the line); this test shows the same compiler's messages on the real rule
 * files with one broken rule added. Test scope only: the main code never compiles DRL.
 */
class BrokenDrlTest extends BrokenDrlContract {
  static final Path RULES = Path.of("src/main/resources/org/improvementnotice/alerts/facts");
  static final String PACKAGE = "package org.improvementnotice.alerts.facts;\n"
      + "import org.improvementnotice.alerts.AlertKind;\n";

  BrokenDrlTest() {
    super(RULES, PACKAGE, "$p : OpenPlan( daysToTwoYears > )", "$p : OpenPlan( daysToTwoYear > 1 )",
        "daysToTwoYear");
  }
}
