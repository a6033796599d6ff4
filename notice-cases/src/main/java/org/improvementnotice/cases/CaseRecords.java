package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.improvementnotice.model.time.WorkingDayCalendar;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;

/**
 * A council's case-level records as a case system exports them: cases, referrals, initial and core
 * assessments, allocation history, child protection plans, looked after children reviews and social work
 * posts.
 *
 * <p>Building checks every record and reports every bad one at once, each named by its list, position and
 * identifier: duplicate identifiers, records of unknown cases, completion before start, end before start,
 * overlapping spells of one post, and dates outside the working-day calendar's range. Nothing is skipped.
 * Immutable and thread-safe.
 */
public final class CaseRecords {

  private final ImmutableList<CaseRecord> cases;
  private final ImmutableList<Referral> referrals;
  private final ImmutableList<InitialAssessment> initialAssessments;
  private final ImmutableList<CoreAssessment> coreAssessments;
  private final ImmutableList<Allocation> allocations;
  private final ImmutableList<ProtectionPlan> plans;
  private final ImmutableList<LacReview> reviews;
  private final ImmutableList<PostSpell> posts;
  private final ImmutableListMultimap<CaseId, Allocation> allocationsByCase;

  private CaseRecords(Builder b, WorkingDayCalendar calendar) {
    this.cases = ImmutableList.copyOf(b.cases);
    this.referrals = ImmutableList.copyOf(b.referrals);
    this.initialAssessments = ImmutableList.copyOf(b.initialAssessments);
    this.coreAssessments = ImmutableList.copyOf(b.coreAssessments);
    this.allocations = ImmutableList.copyOf(b.allocations);
    this.plans = ImmutableList.copyOf(b.plans);
    this.reviews = ImmutableList.copyOf(b.reviews);
    this.posts = ImmutableList.copyOf(b.posts);
    new Checker(calendar).run();
    this.allocationsByCase = Multimaps.index(allocations, Allocation::caseId);
  }

  /** {@return a builder of case records} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the cases, in the order given; every record except a post spell belongs to one of them, and no two share
   * an id}
   */
  public List<CaseRecord> cases() {
    return cases;
  }

  /** {@return the referrals, in the order given, each of a known case} */
  public List<Referral> referrals() {
    return referrals;
  }

  /**
   * {@return the initial assessments, in the order given, each of a known case and completed, if at all, on or after
   * its referral}
   */
  public List<InitialAssessment> initialAssessments() {
    return initialAssessments;
  }

  /**
   * {@return the core assessments, in the order given, each of a known case and completed, if at all, on or after its
   * commencement}
   */
  public List<CoreAssessment> coreAssessments() {
    return coreAssessments;
  }

  /**
   * {@return the allocation history of every case, in the order given (see {@link #allocationsOf(CaseId)} for one
   * case's)}
   */
  public List<Allocation> allocations() {
    return allocations;
  }

  /**
   * {@return the child protection plans, in the order given, each of a known case and ending, if at all, on or after
   * its start}
   */
  public List<ProtectionPlan> plans() {
    return plans;
  }

  /** {@return the looked after children reviews, in the order given, each of a known case} */
  public List<LacReview> reviews() {
    return reviews;
  }

  /** {@return the spells of the social work posts, in the order given; no two spells of one post overlap} */
  public List<PostSpell> posts() {
    return posts;
  }

  /**
   * {@return the allocation history of the case, in the order given}
   *
   * @param caseId the case; a case with no allocation, or no case record, has an empty history
   */
  public List<Allocation> allocationsOf(CaseId caseId) {
    return allocationsByCase.get(caseId);
  }

  /** Checks every record; throws once with every problem. */
  private final class Checker {
    private final WorkingDayCalendar calendar;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<CaseId> known = new HashSet<>();

    Checker(WorkingDayCalendar calendar) {
      this.calendar = calendar;
    }

    void run() {
      Map<CaseId, Integer> firstCase = new HashMap<>();
      for (int i = 0; i < cases.size(); i++) {
        CaseRecord c = cases.get(i);
        String path = "cases[" + i + "] (" + c.id() + ")";
        Integer first = firstCase.putIfAbsent(c.id(), i);
        if (first != null) {
          error(path, "case %s is already given at cases[%d]", c.id(), first);
        }
        known.add(c.id());
        span(path, "opened", c.opened(), "closed", c.closed());
      }
      identified("referrals", referrals, Referral::id, (path, r) -> {
        knownCase(path, r.caseId());
        inRange(path, "received", r.received());
      });
      identified("initialAssessments", initialAssessments, InitialAssessment::id, (path, a) -> {
        knownCase(path, a.caseId());
        span(path, "referral received", a.referralReceived(), "completed", a.completed());
      });
      identified("coreAssessments", coreAssessments, CoreAssessment::id, (path, a) -> {
        knownCase(path, a.caseId());
        span(path, "commenced", a.commenced(), "completed", a.completed());
      });
      each("allocations", allocations, a -> a.caseId() + ", " + a.worker(), (path, a) -> {
        knownCase(path, a.caseId());
        span(path, "from", a.from(), "to", a.to());
      });
      identified("plans", plans, ProtectionPlan::id, (path, p) -> {
        knownCase(path, p.caseId());
        span(path, "start", p.start(), "end", p.end());
      });
      identified("reviews", reviews, LacReview::id, (path, r) -> {
        knownCase(path, r.caseId());
        inRange(path, "due", r.due());
        r.held().ifPresent(held -> inRange(path, "held", held));
      });
      Map<String, List<Integer>> spellsByPost = new HashMap<>();
      for (int i = 0; i < posts.size(); i++) {
        PostSpell s = posts.get(i);
        String path = "posts[" + i + "] (" + s.post() + ")";
        span(path, "from", s.from(), "to", s.to());
        List<Integer> earlier = spellsByPost.computeIfAbsent(s.post(), k -> new ArrayList<>());
        for (int j : earlier) {
          if (overlap(posts.get(j), s)) {
            error(path, "spell of post %s overlaps the spell at posts[%d]", s.post(), j);
          }
        }
        earlier.add(i);
      }
      ValidationException.throwIfErrors("Case records", problems);
    }

    private boolean overlap(PostSpell a, PostSpell b) {
      LocalDate aEnd = a.to().orElse(LocalDate.MAX);
      LocalDate bEnd = b.to().orElse(LocalDate.MAX);
      return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
    }

    /** Checks each record of the list at its path, {@code list[i] (label)}. */
    private <T> void each(String list, List<T> records, Function<T, String> label, BiConsumer<String, T> check) {
      for (int i = 0; i < records.size(); i++) {
        T r = records.get(i);
        check.accept(list + "[" + i + "] (" + label.apply(r) + ")", r);
      }
    }

    /** Checks that no two records of the list share an id, then checks each record at its path. */
    private <T> void identified(String list, List<T> records, Function<T, String> id, BiConsumer<String, T> check) {
      unique(list, records, id);
      each(list, records, id, check);
    }

    private <T> void unique(String list, List<T> records, Function<T, String> id) {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        String key = id.apply(records.get(i));
        Integer earlier = first.putIfAbsent(key, i);
        if (earlier != null) {
          error(list + "[" + i + "] (" + key + ")", "%s is already given at %s[%d]", key, list, earlier);
        }
      }
    }

    private void knownCase(String path, CaseId caseId) {
      if (!known.contains(caseId)) {
        error(path, "unknown case %s: no case record has that id", caseId);
      }
    }

    private void inRange(String path, String what, LocalDate date) {
      if (date.isBefore(calendar.first()) || date.isAfter(calendar.last())) {
        error(path, "%s %s is outside the working-day calendar's range %s to %s", what, date, calendar.first(),
            calendar.last());
      }
    }

    /** Checks a span: its start and its end, if it has one, in range, and the end not before the start. */
    private void span(String path, String startName, LocalDate start, String endName, Optional<LocalDate> end) {
      inRange(path, startName, start);
      end.ifPresent(e -> {
        inRange(path, endName, e);
        notBefore(path, endName, e, startName, start);
      });
    }

    private void notBefore(String path, String what, LocalDate date, String other, LocalDate otherDate) {
      if (date.isBefore(otherDate)) {
        error(path, "%s %s is before %s %s", what, date, other, otherDate);
      }
    }

    private void error(String path, String template, Object... args) {
      problems.add(Problem.error(path, String.format(template, args)));
    }
  }

  /** Builds {@link CaseRecords}. Not thread-safe. */
  public static final class Builder {
    private final List<CaseRecord> cases = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<InitialAssessment> initialAssessments = new ArrayList<>();
    private final List<CoreAssessment> coreAssessments = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<ProtectionPlan> plans = new ArrayList<>();
    private final List<LacReview> reviews = new ArrayList<>();
    private final List<PostSpell> posts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a case; its id must not be given twice. Records are checked together by {@link #build()}, not here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addCase(CaseRecord value) {
      cases.add(requireNonNull(value, "case"));
      return this;
    }

    /**
     * Adds a referral, of a case added here (in any order). Records are checked together by {@link #build()}, not here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addReferral(Referral value) {
      referrals.add(requireNonNull(value, "referral"));
      return this;
    }

    /**
     * Adds an initial assessment, of a case added here. Records are checked together by {@link #build()}, not here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addInitialAssessment(InitialAssessment value) {
      initialAssessments.add(requireNonNull(value, "initialAssessment"));
      return this;
    }

    /**
     * Adds a core assessment, of a case added here. Records are checked together by {@link #build()}, not here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addCoreAssessment(CoreAssessment value) {
      coreAssessments.add(requireNonNull(value, "coreAssessment"));
      return this;
    }

    /**
     * Adds a spell of a case's allocation history, of a case added here. Records are checked together by {@link
     * #build()}, not here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addAllocation(Allocation value) {
      allocations.add(requireNonNull(value, "allocation"));
      return this;
    }

    /**
     * Adds a child protection plan, of a case added here. Records are checked together by {@link #build()}, not here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addPlan(ProtectionPlan value) {
      plans.add(requireNonNull(value, "plan"));
      return this;
    }

    /**
     * Adds a looked after child's review, of a case added here. Records are checked together by {@link #build()}, not
     * here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addReview(LacReview value) {
      reviews.add(requireNonNull(value, "review"));
      return this;
    }

    /**
     * Adds a spell of a social work post; spells of one post must not overlap. Records are checked together by {@link
     * #build()}, not here.
     *
     * @param value the record
     * @return this builder
     */
    public Builder addPost(PostSpell value) {
      posts.add(requireNonNull(value, "post"));
      return this;
    }

    /**
     * The records, checked against the England and Wales working-day calendar's range.
     *
     * @return the records, checked against the England and Wales working-day calendar's range
     * @throws ValidationException naming every bad record
     */
    public CaseRecords build() {
      return build(WorkingDayCalendar.englandAndWales());
    }

    /**
     * The records, checked against the calendar's range.
     *
     * @param calendar the working-day calendar whose range every date must lie in, the one the indicators will be
     *     computed with
     * @return the records, checked against the calendar's range
     * @throws ValidationException naming every bad record
     */
    public CaseRecords build(WorkingDayCalendar calendar) {
      return new CaseRecords(this, requireNonNull(calendar, "calendar"));
    }
  }
}
