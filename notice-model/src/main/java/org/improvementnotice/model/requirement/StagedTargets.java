package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * Form 3, staged targets: several thresholds with successive dates on one indicator, "to 65% in the quarter
 * to 31 March 2009 and to 77% by 31 March 2010". Each stage is its own requirement (form 1 or 2, with the id
 * {@code <id>.<n>}), and the stages define the expected trajectory between them: stage n's forecast runs
 * from the baseline through stages 1 to n-1. Immutable and thread-safe.
 *
 * @param id the id of the staged targets; stage n has {@code id.stage(n)}, so the id leaves room for the
 *     longest stage suffix ({@code .1} to {@code .9}, {@code .10} ...) within a requirement id's 80 characters
 * @param indicator the indicator
 * @param baseline the stated baseline, or empty for the level at issue
 * @param stages the stages in order of their dates, at least two
 * @param shownBenchmark a benchmark the notice names beside the numbers, reported beside the figures
 */
public record StagedTargets(
    RequirementId id,
    IndicatorId indicator,
    Optional<Baseline> baseline,
    List<Stage> stages,
    Optional<BenchmarkKind> shownBenchmark) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the id of the staged targets; stage n has {@code id.stage(n)}, so the id leaves room for the longest
   *     stage suffix ({@code .1} to {@code .9}, {@code .10} ...) within a requirement id's 80 characters
   * @param indicator the indicator
   * @param baseline the stated baseline, or empty for the level at issue
   * @param stages the stages in order of their dates, at least two
   * @param shownBenchmark a benchmark the notice names beside the numbers, reported beside the figures
   */
  public StagedTargets {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(baseline, "baseline");
    stages = List.copyOf(requireNonNull(stages, "stages"));
    requireNonNull(shownBenchmark, "shownBenchmark");
    if (stages.size() < 2) {
      throw new IllegalArgumentException(String.format(
          "Staged targets %s need at least two stages, had %d", id, stages.size()));
    }
    int longest = id.value().length() + 1 + String.valueOf(stages.size()).length();
    if (longest > RequirementId.MAX_LENGTH) {
      throw new IllegalArgumentException(String.format("Staged targets %s: the id of stage %d, %s.%d, would be %d "
          + "characters; a requirement id has at most %d characters, so staged targets with %d stages have an id of "
          + "at most %d", id, stages.size(), id, stages.size(), longest, RequirementId.MAX_LENGTH, stages.size(),
          RequirementId.MAX_LENGTH - 1 - String.valueOf(stages.size()).length()));
    }
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.STAGED_TARGETS;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }

  /**
   * The stages as requirements of form 1 (due in a period) or form 2 (due by a deadline), each carrying the
   * trajectory through the stages before it.
   */
  @Override
  public List<Requirement> decidable() {
    ImmutableList.Builder<Requirement> out = ImmutableList.builder();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      Trajectory trajectory = new Trajectory(baseline, stages.subList(0, i));
      RequirementId stageId = id.stage(i + 1);
      if (stage.due() instanceof Due.InPeriod in) {
        out.add(new ThresholdInPeriod(stageId, indicator, stage.threshold(), in.period(), trajectory, shownBenchmark));
      } else {
        Due.ByDeadline by = (Due.ByDeadline) stage.due();
        out.add(new ThresholdByDate(stageId, indicator, stage.threshold(), by.deadline(), trajectory, shownBenchmark));
      }
    }
    return out.build();
  }
}
