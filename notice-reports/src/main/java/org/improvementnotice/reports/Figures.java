package org.improvementnotice.reports;

import java.util.Optional;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;

/** How the reports show a finding's figures. */
final class Figures {
  private Figures() {}

  /** The figure the finding judged: the one with role "figure", else "latest", else the first. */
  static Optional<FigureUsed> main(Finding finding) {
    return finding.values().stream().filter(v -> v.role().equals("figure")).findFirst()
        .or(() -> finding.values().stream().filter(v -> v.role().equals("latest")).findFirst())
        .or(() -> finding.values().stream().findFirst());
  }

  /** "67.2 vs at least 65%", "- vs at least 65%", or "-". */
  static String valueVsTarget(Finding finding) {
    String value = main(finding).map(v -> v.value().toPlainString()).orElse("-");
    return finding.threshold().map(t -> value + " vs " + t).orElse(value);
  }

  /** The period of the figure judged, or "-". */
  static String period(Finding finding) {
    return main(finding).flatMap(FigureUsed::period).map(Object::toString).orElse("-");
  }
}
