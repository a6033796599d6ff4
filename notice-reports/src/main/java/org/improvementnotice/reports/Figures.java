package org.improvementnotice.reports;

import java.util.Optional;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;

/** Which of a finding's figures the reports show. */
final class Figures {
  private Figures() {}

  /** The figure the finding judged: the one with role "figure", else "latest", else the first. */
  static Optional<FigureUsed> main(Finding finding) {
    return finding.values().stream().filter(v -> v.role().equals("figure")).findFirst()
        .or(() -> finding.values().stream().filter(v -> v.role().equals("latest")).findFirst())
        .or(() -> finding.values().stream().findFirst());
  }
}
