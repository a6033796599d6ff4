package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.DeadlineContext;

/**
 * An improvement notice (or another instrument of the family: a statutory direction, an improvement plan):
 * who it is issued to and by, the evidence it rests on, when it was issued and how long it lasts, how it is
 * assessed, the governance it requires, the indicators it sets targets on, its measures and the consequence
 * of failure.
 *
 * <p>Construction checks only the shape of each part; whether the parts agree with one another (unique ids,
 * declared indicators, deadlines after issue) is checked by
 * {@link org.improvementnotice.model.validation.NoticeValidator}, which reports every problem at once.
 * Immutable and thread-safe; build one with {@link #builder()}. (Longer than the project's 400 lines: the record,
 * the documentation of its fifteen parts and the builder of them are one unit.)
 *
 * @param id the notice's stable id
 * @param instrument the kind of instrument
 * @param recipient the council
 * @param issuer who issued it
 * @param serviceArea the service found wanting ("Children's Services")
 * @param evidence what it rests on
 * @param background the notice's own summary of the findings, if it gives one
 * @param issued the issue date, perhaps assumed
 * @param term how long it lasts, if it says
 * @param schedule when and by whom it is assessed
 * @param governance its boards and calendar
 * @param indicators the indicators its requirements read
 * @param measures its clauses, in the notice's order
 * @param consequence what failure may lead to, if it says
 * @param supersedes the earlier notice this one revises or replaces from its own issue date, if it does (DOMAIN.md,
 *     "instruments that replace others": the earlier one's final verdict is taken at that date)
 */
public record Notice(
    NoticeId id,
    Instrument instrument,
    Recipient recipient,
    Issuer issuer,
    String serviceArea,
    List<NoticeEvidence> evidence,
    Optional<String> background,
    IssueDate issued,
    Optional<Term> term,
    AssessmentSchedule schedule,
    Governance governance,
    List<Indicator> indicators,
    List<Measure> measures,
    Optional<Consequence> consequence, Optional<NoticeId> supersedes) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the notice's stable id
   * @param instrument the kind of instrument
   * @param recipient the council
   * @param issuer who issued it
   * @param serviceArea the service found wanting ("Children's Services")
   * @param evidence what it rests on
   * @param background the notice's own summary of the findings, if it gives one
   * @param issued the issue date, perhaps assumed
   * @param term how long it lasts, if it says
   * @param schedule when and by whom it is assessed
   * @param governance its boards and calendar
   * @param indicators the indicators its requirements read
   * @param measures its clauses, in the notice's order
   * @param consequence what failure may lead to, if it says
   * @param supersedes the earlier notice this one revises or replaces from its own issue date, if it does
   * @throws IllegalArgumentException if it supersedes itself
   */
  public Notice {
    requireNonNull(id, "id");
    requireNonNull(instrument, "instrument");
    requireNonNull(recipient, "recipient");
    requireNonNull(issuer, "issuer");
    requireNonNull(serviceArea, "serviceArea");
    evidence = List.copyOf(requireNonNull(evidence, "evidence"));
    requireNonNull(background, "background");
    requireNonNull(issued, "issued");
    requireNonNull(term, "term");
    requireNonNull(schedule, "schedule");
    requireNonNull(governance, "governance");
    indicators = List.copyOf(requireNonNull(indicators, "indicators"));
    measures = List.copyOf(requireNonNull(measures, "measures"));
    requireNonNull(consequence, "consequence");
    requireNonNull(supersedes, "supersedes");
    if (supersedes.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException(String.format("Notice %s cannot supersede itself", id));
    }
  }

  /**
   * A notice that replaces no other, from its parts as documented on the type.
   *
   * @param id the notice's stable id
   * @param instrument the kind of instrument
   * @param recipient the council
   * @param issuer who issued it
   * @param serviceArea the service found wanting
   * @param evidence what it rests on
   * @param background the notice's own summary of the findings, if it gives one
   * @param issued the issue date, perhaps assumed
   * @param term how long it lasts, if it says
   * @param schedule when and by whom it is assessed
   * @param governance its boards and calendar
   * @param indicators the indicators its requirements read
   * @param measures its clauses, in the notice's order
   * @param consequence what failure may lead to, if it says
   */
  public Notice(NoticeId id, Instrument instrument, Recipient recipient, Issuer issuer, String serviceArea,
      List<NoticeEvidence> evidence, Optional<String> background, IssueDate issued, Optional<Term> term,
      AssessmentSchedule schedule, Governance governance, List<Indicator> indicators, List<Measure> measures,
      Optional<Consequence> consequence) {
    this(id, instrument, recipient, issuer, serviceArea, evidence, background, issued, term, schedule, governance,
        indicators, measures, consequence, Optional.empty());
  }

  /** {@return a builder for a notice} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the notice's last day, if it has a term with an end (a revocation, for one until revoked)} */
  public Optional<LocalDate> end() {
    return term.flatMap(t -> t.end(issued.date()));
  }

  /**
   * {@return the facts the writer supplied, the text not stating them, in words ({@link Assumptions#of}); empty
   * when the text states them all}
   */
  public List<String> assumedFacts() {
    return Assumptions.of(this);
  }

  /**
   * {@return the declared indicator with the id, if any}
   *
   * @param indicatorId the indicator's id
   */
  public Optional<Indicator> indicator(IndicatorId indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** {@return every requirement that receives a finding, in the notice's order (staged targets give one per stage)} */
  public List<Requirement> decidableRequirements() {
    return measures.stream().flatMap(m -> m.decidableRequirements().stream()).toList();
  }

  /**
   * {@return the measure that holds the requirement (or the staged targets whose stage it is), if any}
   *
   * @param requirementId the id of a requirement, or of one stage of staged targets
   */
  public Optional<Measure> measureOf(RequirementId requirementId) {
    return measures.stream()
        .filter(m -> m.decidableRequirements().stream().anyMatch(r -> r.id().equals(requirementId))
            || m.requirements().stream().anyMatch(r -> r.id().equals(requirementId)))
        .findFirst();
  }

  /**
   * {@return the decidable requirement with the id, if any}
   *
   * @param requirementId the id of a requirement that receives a finding (a stage, not its staged targets)
   */
  public Optional<Requirement> requirement(RequirementId requirementId) {
    return decidableRequirements().stream().filter(r -> r.id().equals(requirementId)).findFirst();
  }

  /**
   * {@return what deadlines resolve against: the issue date, the end (empty without one), the calendar's and the
   * schedule's named events, after {@code extraEvents} (meetings held, which take precedence)}
   *
   * @param extraEvents named, dated events recorded since the notice was written (board meetings held)
   */
  public DeadlineContext deadlineContext(List<NamedEvent> extraEvents) {
    return deadlineContext(extraEvents, LocalDate.MAX);
  }

  /**
   * {@return what deadlines resolve against at a date: as above, the end as known then (a revocation from its day)}
   *
   * @param extraEvents dated events beyond the notice's own calendar (meetings held), which come first
   * @param asAt the date the deadlines are resolved at
   */
  public DeadlineContext deadlineContext(List<NamedEvent> extraEvents, LocalDate asAt) {
    List<NamedEvent> events = ImmutableList.<NamedEvent>builder()
        .addAll(extraEvents).addAll(governance.calendar()).build();
    return new NoticeDeadlineContext(issued.date(), term.flatMap(t -> t.endKnownAt(issued.date(), asAt)), events,
        schedule);
  }

  /** {@return what deadlines resolve against, with the notice's own calendar only} */
  public DeadlineContext deadlineContext() {
    return deadlineContext(List.of());
  }

  /**
   * Builds a {@link Notice}. Each property is set once: setting one twice is an {@link IllegalStateException}.
   * Lists are added to one element at a time or set whole once. Not thread-safe.
   */
  public static final class Builder {
    private NoticeId id;
    private Instrument instrument;
    private Recipient recipient;
    private Issuer issuer;
    private String serviceArea;
    private String background;
    private IssueDate issued;
    private Term term;
    private AssessmentSchedule schedule;
    private Governance governance;
    private Consequence consequence;
    private NoticeId supersedes;
    private final List<NoticeEvidence> evidence = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    private static <T> T once(T current, T value, String property) {
      requireNonNull(value, property);
      if (current != null) {
        throw new IllegalStateException(String.format("Notice %s is already set", property));
      }
      return value;
    }

    /**
     * Sets the notice's id (a slug such as {@code surrey-2008}), once.
     *
     * @param value the notice's id (a slug such as {@code surrey-2008})
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder id(String value) {
      id = once(id, NoticeId.of(value), "id");
      return this;
    }

    /**
     * Sets the kind of instrument (an improvement notice by default), once.
     *
     * @param value the kind of instrument (an improvement notice by default)
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder instrument(Instrument value) {
      instrument = once(instrument, value, "instrument");
      return this;
    }

    /**
     * Sets the council the notice is issued to, once.
     *
     * @param value the council the notice is issued to
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder recipient(Recipient value) {
      recipient = once(recipient, value, "recipient");
      return this;
    }

    /**
     * Sets the department that issues it, once.
     *
     * @param value the department that issues it
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder issuer(Issuer value) {
      issuer = once(issuer, value, "issuer");
      return this;
    }

    /**
     * Sets the service area ("Children's Services" by default), once.
     *
     * @param value the service area ("Children's Services" by default)
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder serviceArea(String value) {
      serviceArea = once(serviceArea, value, "serviceArea");
      return this;
    }

    /**
     * Sets the background the notice states, once.
     *
     * @param value the background the notice states
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder background(String value) {
      background = once(background, value, "background");
      return this;
    }

    /**
     * Sets the date of issue, stated or assumed, once.
     *
     * @param value the date of issue, stated or assumed
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder issued(IssueDate value) {
      issued = once(issued, value, "issued");
      return this;
    }

    /**
     * Sets how long the notice runs, once.
     *
     * @param value how long the notice runs
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder term(Term value) {
      term = once(term, value, "term");
      return this;
    }

    /**
     * Sets the schedule of assessments, once.
     *
     * @param value the schedule of assessments
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder schedule(AssessmentSchedule value) {
      schedule = once(schedule, value, "schedule");
      return this;
    }

    /**
     * Sets the improvement board and how it meets, once.
     *
     * @param value the improvement board and how it meets
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder governance(Governance value) {
      governance = once(governance, value, "governance");
      return this;
    }

    /**
     * Sets the consequence of not complying, once.
     *
     * @param value the consequence of not complying
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder consequence(Consequence value) {
      consequence = once(consequence, value, "consequence");
      return this;
    }

    /**
     * Sets the earlier notice this one revises or replaces from its own issue date.
     *
     * @param value the earlier notice's id
     * @return this builder
     * @throws IllegalStateException if it is already set
     */
    public Builder supersedes(NoticeId value) {
      supersedes = once(supersedes, value, "supersedes");
      return this;
    }

    /**
     * Adds a piece of evidence the notice cites.
     *
     * @param value the evidence
     * @return this builder
     */
    public Builder addEvidence(NoticeEvidence value) {
      evidence.add(requireNonNull(value, "evidence"));
      return this;
    }

    /**
     * Adds an indicator the requirements may name.
     *
     * @param value the indicator
     * @return this builder
     */
    public Builder addIndicator(Indicator value) {
      indicators.add(requireNonNull(value, "indicator"));
      return this;
    }

    /**
     * Adds a measure, after those added before.
     *
     * @param value the measure
     * @return this builder
     */
    public Builder addMeasure(Measure value) {
      measures.add(requireNonNull(value, "measure"));
      return this;
    }

    /**
     * The notice. Instrument defaults to an improvement notice, service area to "Children's Services",
     * schedule and governance to none.
     *
     * @return the notice
     * @throws IllegalStateException if the id, recipient, issuer or issue date is missing
     */
    public Notice build() {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("id");
      }
      if (recipient == null) {
        missing.add("recipient");
      }
      if (issuer == null) {
        missing.add("issuer");
      }
      if (issued == null) {
        missing.add("issued");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Notice is missing " + String.join(", ", missing));
      }
      return new Notice(id, instrument == null ? Instrument.IMPROVEMENT_NOTICE : instrument, recipient, issuer,
          serviceArea == null ? "Children's Services" : serviceArea, evidence, Optional.ofNullable(background),
          issued, Optional.ofNullable(term), schedule == null ? AssessmentSchedule.none() : schedule,
          governance == null ? Governance.none() : governance, indicators, measures,
          Optional.ofNullable(consequence), Optional.ofNullable(supersedes));
    }
  }
}
