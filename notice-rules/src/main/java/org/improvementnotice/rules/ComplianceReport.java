package org.improvementnotice.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.NoticeId;
import org.improvementnotice.model.Rag;

/**
 * A notice's verdict at an assessment date: one finding per requirement in the notice's order, the counts by
 * status and by colour, and whether the notice is, so far, complied with. Immutable and thread-safe.
 *
 * @param notice the notice's id
 * @param asAt the assessment date
 * @param assessment the name of the assessment point of the notice's schedule, when evaluated at one
 * @param findings the findings, in the notice's order
 * @param isFinal whether this is the notice's final verdict: taken after its end
 *     ({@link ComplianceEngine#finalVerdict}), when nothing due by the end is still open, or on the issue date of a later notice that supersedes it
 *     ({@link ComplianceEngine#evaluateSchedule(org.improvementnotice.model.Notice,
 *     org.improvementnotice.model.data.PerformanceData, org.improvementnotice.model.Notice)}), when what was due
 *     after that date stays not yet due and never fails; either way the verdict is "complied with" or not, no
 *     longer "so far"
 */
public record ComplianceReport(NoticeId notice, LocalDate asAt, Optional<String> assessment, List<Finding> findings,
    boolean isFinal) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param notice the notice's id
   * @param asAt the assessment date
   * @param assessment the name of the assessment point of the notice's schedule, when evaluated at one
   * @param findings the findings, in the notice's order
   * @param isFinal whether this is the notice's final verdict
   */
  public ComplianceReport {
    requireNonNull(notice, "notice");
    requireNonNull(asAt, "asAt");
    requireNonNull(assessment, "assessment");
    findings = List.copyOf(requireNonNull(findings, "findings"));
  }

  /**
   * A report that is not a final verdict.
   *
   * @param notice the notice's id
   * @param asAt the assessment date
   * @param assessment the name of the assessment point of the notice's schedule, when evaluated at one
   * @param findings the findings, in the notice's order
   */
  public ComplianceReport(NoticeId notice, LocalDate asAt, Optional<String> assessment, List<Finding> findings) {
    this(notice, asAt, assessment, findings, false);
  }

  /** {@return the number of findings with each status that occurs, in the order of {@link Status}} */
  public Map<Status, Integer> countsByStatus() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    findings.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** {@return the number of findings of each colour that occurs, in the order of {@link Rag}} */
  public Map<Rag, Integer> countsByRag() {
    Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
    findings.forEach(f -> counts.merge(f.rag(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * {@return the findings that count against the council: those whose status is a failure ({@link
   * Status#isFailure()}) and whose duty the council bears, alone or with its partners; each with its clause}
   */
  public List<Finding> failed() {
    return findings.stream().filter(Finding::countsAgainstTheCouncil).toList();
  }

  /**
   * {@return the failures of duties borne by another party (DOMAIN.md, "Who bears a duty"): reported beside the
   * verdict, never counted in it}
   */
  public List<Finding> failedByOthers() {
    return findings.stream().filter(f -> f.status().isFailure() && !f.bearer().isCouncils()).toList();
  }

  /** {@return whether the notice is, so far, complied with: no duty of the council's has failed} */
  public boolean compliedSoFar() {
    return failed().isEmpty();
  }

  /**
   * {@return the finding for the requirement id, if the notice has it}
   *
   * @param requirementId the id of a decidable requirement as written ("ni59.1" for a stage of staged targets),
   *     compared exactly
   */
  public Optional<Finding> finding(String requirementId) {
    return findings.stream().filter(f -> f.requirement().value().equals(requirementId)).findFirst();
  }
}
