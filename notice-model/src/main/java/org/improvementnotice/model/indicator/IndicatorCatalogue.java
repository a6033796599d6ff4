package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;
import static org.improvementnotice.model.indicator.Polarity.HIGHER_IS_BETTER;
import static org.improvementnotice.model.indicator.Polarity.LOWER_IS_BETTER;
import static org.improvementnotice.model.time.PeriodKind.ACADEMIC_YEAR;
import static org.improvementnotice.model.time.PeriodKind.FINANCIAL_YEAR;
import static org.improvementnotice.model.time.PeriodKind.MONTH;
import static org.improvementnotice.model.time.PeriodKind.QUARTER;
import static org.improvementnotice.model.time.PeriodKind.YEAR_TO_SEPTEMBER;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.time.PeriodKind;

/**
 * A set of indicator definitions by id. {@link #standard()} holds the indicators the improvement notices of
 * 2008-2018 set targets on (National Indicators, PAF indicators and the local measures they name), and the
 * Department for Education's published statistics of children's social care (children in need, child
 * protection, the social work workforce).
 * Immutable and thread-safe.
 */
public final class IndicatorCatalogue {

  /** The 2008 handbook of the National Indicators: the definitions of every NI entry. */
  static final String HANDBOOK = "National Indicators for Local Authorities and Local Authority Partnerships: "
      + "Handbook of Definitions (Communities and Local Government, revised edition May 2008)";
  private static final String CIN = "DfE, Characteristics of children in need, children in need census";
  private static final String CSWW = "DfE, Children's social work workforce, workforce census at 30 September";
  private static final String MONTHLY = "; the handbook's figure is the financial year's, reported here by month as "
      + "the notices set their targets and councils monitor it";

  private static Indicator cited(Indicator indicator, String source) {
    return indicator.withSource(source);
  }

  private static Indicator local(String id, String name, Unit unit, Polarity polarity, PeriodKind period,
      String notice) {
    return Indicator.of(id, name, unit, polarity, period).withSource("local measure named by " + notice
        + " (no published definition)");
  }

  private static Indicator snapshot(Indicator indicator) {
    return indicator.withAggregation(Aggregation.LATEST);
  }

  private static final String SURREY_2008 = "the Surrey Improvement Notice, 2008";
  private static final String KENT_2011 = "the Kent Improvement Notice, 8 March 2011";
  private static final String SOMERSET_2013 = "the Somerset Improvement Notice, 2013";

  private static final IndicatorCatalogue STANDARD = new IndicatorCatalogue(List.of(
      cited(Indicator.of("NI 51", "Effectiveness of child and adolescent mental health services (CAMHS)",
          Unit.SCORE, HIGHER_IS_BETTER, FINANCIAL_YEAR), HANDBOOK + ", NI 51 (a self-assessed score, annual)"),
      cited(Indicator.of("NI 54", "Services for disabled children (parents' experience)",
          Unit.SCORE, HIGHER_IS_BETTER, FINANCIAL_YEAR), HANDBOOK + ", NI 54 (a survey of parents, annual)"),
      cited(Indicator.of("NI 59", "Initial assessments for children's social care carried out within 7 working days of referral",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH), HANDBOOK + ", NI 59" + MONTHLY),
      cited(Indicator.of("NI 60", "Core assessments for children's social care carried out within 35 working days of their commencement",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH), HANDBOOK + ", NI 60" + MONTHLY),
      // Plans that ended in the year, and plans that started in it: figures of the financial year.
      cited(Indicator.of("NI 64", "Child protection plans ending in the year that had lasted two years or more",
          Unit.PERCENT, LOWER_IS_BETTER, FINANCIAL_YEAR), HANDBOOK + ", NI 64; since 2009-10 " + CIN
          + ", plans ending in the year by length of time (table D7 of the current release)"),
      cited(Indicator.of("NI 65", "Children becoming the subject of a child protection plan in the year for a second or subsequent time",
          Unit.PERCENT, LOWER_IS_BETTER, FINANCIAL_YEAR), HANDBOOK + ", NI 65; since 2009-10 " + CIN
          + ", table D3 (LG Inform metric type 100, 'previously reported as NI 65')"),
      cited(Indicator.of("NI 66", "Looked after children cases reviewed within required timescales",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH), HANDBOOK + ", NI 66 (from the SSDA903 return)" + MONTHLY),
      cited(Indicator.of("NI 101", "Looked after children achieving 5 A*-C GCSEs (or equivalent) at Key Stage 4 including English and Maths",
          Unit.PERCENT, HIGHER_IS_BETTER, ACADEMIC_YEAR), HANDBOOK + ", NI 101"),
      cited(Indicator.of("NI 103", "Statements of special educational need issued within the statutory timescale (excluding exceptions)",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH), HANDBOOK + ", NI 103a (within 26 weeks, excluding exceptions)"
          + MONTHLY),
      cited(Indicator.of("PAF C24", "Absence of looked after children from school",
          Unit.PERCENT, LOWER_IS_BETTER, ACADEMIC_YEAR), "Performance Assessment Framework for social services, "
          + "indicator C24 (children looked after for a year who missed 25 days or more of the school year)"),
      cited(Indicator.of("IA 10WD", "Initial assessments carried out within 10 working days of referral (Working Together 2010)",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH), "Working Together to Safeguard Children (2010), the 10 working "
          + "day timescale; published yearly by " + CIN + "; reported here by month"),
      cited(Indicator.of("IA RATE", "Initial assessments of children in need per 10,000 population aged under 18",
          Unit.RATE_PER_10000, HIGHER_IS_BETTER, FINANCIAL_YEAR), CIN + ", initial assessments in the year per "
          + "10,000 children (higher is better as " + KENT_2011 + " wants it raised)"),
      local("REF TO IA", "Referrals to children's social care going on to initial assessment",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH, KENT_2011),
      snapshot(local("SW VACANCY", "Vacancy rate of qualified social workers at the month end",
          Unit.PERCENT, LOWER_IS_BETTER, MONTH, SURREY_2008 + " and " + KENT_2011)),
      snapshot(local("DUTY UNALLOCATED", "Cases open to duty that are unallocated at the month end",
          Unit.PERCENT, LOWER_IS_BETTER, MONTH, SURREY_2008)),
      local("UNALLOCATED", "Unallocated cases at the month end",
          Unit.COUNT, LOWER_IS_BETTER, MONTH, SOMERSET_2013),
      local("UNALLOCATED 28D", "Cases unallocated for more than 28 days at the month end",
          Unit.COUNT, LOWER_IS_BETTER, MONTH, KENT_2011),
      local("IA OUT OF TIMESCALE", "Initial assessments out of timescale at the month end",
          Unit.COUNT, LOWER_IS_BETTER, MONTH, KENT_2011),
      local("CA OUT OF TIMESCALE", "Core assessments out of timescale at the month end",
          Unit.COUNT, LOWER_IS_BETTER, MONTH, KENT_2011),
      snapshot(local("LAC ALLOCATED", "Looked after children with an allocated social worker at the month end",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH, SURREY_2008)),
      local("SEN PERM EXCL", "Permanent exclusions of pupils with a statement of special educational needs, per 1,000 such pupils",
          Unit.RATE_PER_1000, LOWER_IS_BETTER, ACADEMIC_YEAR, SURREY_2008),
      cited(Indicator.of("LAC ADOPTED", "Children ceasing to be looked after who were adopted",
          Unit.PERCENT, HIGHER_IS_BETTER, FINANCIAL_YEAR), "DfE, Children looked after in England, year ending "
          + "31 March (SSDA903 return): children ceasing to be looked after, by reason"),
      cited(Indicator.of("KS2 ENG L4 CIC", "Children in care achieving level 4 in English at the end of Key Stage 2",
          Unit.PERCENT, HIGHER_IS_BETTER, ACADEMIC_YEAR), "DfE, Outcomes for children looked after, academic year"),
      cited(Indicator.of("KS2 ENG L4 ALL", "All children achieving level 4 in English at the end of Key Stage 2",
          Unit.PERCENT, HIGHER_IS_BETTER, ACADEMIC_YEAR), "DfE, National curriculum assessments at Key Stage 2"),
      cited(Indicator.of("KS2 MATHS L4 CIC", "Children in care achieving level 4 in maths at the end of Key Stage 2",
          Unit.PERCENT, HIGHER_IS_BETTER, ACADEMIC_YEAR), "DfE, Outcomes for children looked after, academic year"),
      cited(Indicator.of("KS2 MATHS L4 ALL", "All children achieving level 4 in maths at the end of Key Stage 2",
          Unit.PERCENT, HIGHER_IS_BETTER, ACADEMIC_YEAR), "DfE, National curriculum assessments at Key Stage 2"),
      cited(Indicator.of("KS4 5AC EM CIC", "Young people in care achieving 5+ A*-C at GCSE including English and maths",
          Unit.PERCENT, HIGHER_IS_BETTER, ACADEMIC_YEAR), "DfE, Outcomes for children looked after, academic year"),
      cited(Indicator.of("KS4 5AC EM ALL", "All young people achieving 5+ A*-C at GCSE including English and maths",
          Unit.PERCENT, HIGHER_IS_BETTER, ACADEMIC_YEAR), "DfE, GCSE and equivalent results"),
      cited(Indicator.of("LAC MISSED 25D", "Children in care who miss 25 or more days of schooling in the academic year",
          Unit.PERCENT, LOWER_IS_BETTER, ACADEMIC_YEAR), "DfE, Outcomes for children looked after (absence of "
          + "children looked after for a year; PAF C24's measure)"),
      cited(Indicator.of("LAC HEALTH CHECKS", "Children in care having health and dental checks",
          Unit.PERCENT, HIGHER_IS_BETTER, FINANCIAL_YEAR), "DfE, Outcomes for children looked after, year to "
          + "31 March (health and dental checks of children looked after for a year)"),
      local("CP ENQ QUALIFIED", "Child protection enquiries carried out by a qualified social worker",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH, SOMERSET_2013),
      local("CASE PLANS SPECIFIC", "New case plans written and specific to the child's need",
          Unit.PERCENT, HIGHER_IS_BETTER, MONTH, SOMERSET_2013),
      local("AUDIT ADEQUATE", "Cases judged adequate or better through assessment audit",
          Unit.PERCENT, HIGHER_IS_BETTER, QUARTER, SOMERSET_2013),
      local("SUPERVISION ADEQUATE", "Managers' records judged adequate or better for supervision and management overview",
          Unit.PERCENT, HIGHER_IS_BETTER, QUARTER, SOMERSET_2013),
      // The published statistics (docs/published-data.md gives the file and columns of each). Counts at a date
      // (31 March, the workforce census at 30 September) aggregate by latest: snapshots are never summed.
      cited(Indicator.of("CIN REREFERRALS", "Referrals of children in need in the year to 31 March within 12 months of a "
          + "previous referral (children in need census, table C1)", Unit.PERCENT, LOWER_IS_BETTER, FINANCIAL_YEAR),
          CIN + ", table C1"),
      cited(Indicator.of("CPP SUBSEQUENT", "Child protection plans starting in the year to 31 March that are a second or "
          + "subsequent plan for the child (children in need census, table D3; NI 65's successor)",
          Unit.PERCENT, LOWER_IS_BETTER, FINANCIAL_YEAR), CIN + ", table D3"),
      cited(new Indicator(IndicatorId.of("CPP 2 YEARS OR MORE"), "Child protection plans open at 31 March that had lasted "
          + "two years or more (children in need census, table D5)", Unit.PERCENT, LOWER_IS_BETTER, FINANCIAL_YEAR,
          Aggregation.LATEST), CIN + ", table D5"),
      cited(Indicator.of("ICPC 15 DAYS", "Initial child protection conferences in the year to 31 March held within 15 "
          + "working days of the strategy discussion (children in need census, table C4)",
          Unit.PERCENT, HIGHER_IS_BETTER, FINANCIAL_YEAR), CIN + ", table C4"),
      cited(new Indicator(IndicatorId.of("CIN RATE"), "Children in need at 31 March per 10,000 children aged 0 to 17 "
          + "(children in need census, table B1, over the ONS mid-year estimate of the year before)",
          Unit.RATE_PER_10000, LOWER_IS_BETTER, FINANCIAL_YEAR, Aggregation.LATEST),
          CIN + ", table B1; ONS mid-year population estimates"),
      cited(new Indicator(IndicatorId.of("SW VACANCY RATE"), "Vacant children and family social worker posts at 30 "
          + "September as a share of vacancies and social workers in post, FTE (workforce census)",
          Unit.PERCENT, LOWER_IS_BETTER, YEAR_TO_SEPTEMBER, Aggregation.LATEST), CSWW),
      cited(new Indicator(IndicatorId.of("SW AGENCY RATE"), "Agency children and family social workers at 30 September "
          + "as a share of agency workers and social workers in post, FTE (workforce census)",
          Unit.PERCENT, LOWER_IS_BETTER, YEAR_TO_SEPTEMBER, Aggregation.LATEST), CSWW),
      cited(new Indicator(IndicatorId.of("SW TURNOVER RATE"), "Children and family social workers leaving in the year to "
          + "30 September as a share of those in post at 30 September, FTE (workforce census)",
          Unit.PERCENT, LOWER_IS_BETTER, YEAR_TO_SEPTEMBER, Aggregation.LATEST), CSWW),
      cited(new Indicator(IndicatorId.of("SW CASELOAD"), "Average caseload of case-holding children and family social "
          + "workers at 30 September: cases per FTE (workforce census)",
          Unit.COUNT, LOWER_IS_BETTER, YEAR_TO_SEPTEMBER, Aggregation.LATEST), CSWW)));

  private final ImmutableMap<IndicatorId, Indicator> byId;

  private IndicatorCatalogue(Collection<Indicator> indicators) {
    ImmutableMap.Builder<IndicatorId, Indicator> builder = ImmutableMap.builder();
    indicators.stream().sorted(Comparator.comparing(Indicator::id)).forEach(i -> builder.put(i.id(), i));
    this.byId = builder.buildOrThrow();
  }

  /** {@return the standard catalogue shipped with the library, each entry citing its published definition} */
  public static IndicatorCatalogue standard() {
    return STANDARD;
  }

  /**
   * A catalogue of the given indicators.
   *
   * @param indicators the indicators, in any order
   * @return the catalogue, in id order
   * @throws IllegalArgumentException if two share an id
   */
  public static IndicatorCatalogue of(Collection<Indicator> indicators) {
    return new IndicatorCatalogue(requireNonNull(indicators, "indicators"));
  }

  /**
   * {@return the indicator with the id, if the catalogue has it}
   *
   * @param id the indicator's id, compared exactly
   */
  public Optional<Indicator> find(IndicatorId id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * The indicator with the id.
   *
   * @param id the indicator's id as written ("NI 59"), as {@link IndicatorId#of} reads it
   * @return the indicator
   * @throws IllegalArgumentException if the id is not an indicator id, or the catalogue has none with it, naming
   *     the closest id it has
   */
  public Indicator get(String id) {
    IndicatorId key = IndicatorId.of(id);
    Indicator found = byId.get(key);
    if (found == null) {
      throw new IllegalArgumentException("Unknown indicator " + key + closestHint(key.value()));
    }
    return found;
  }

  /** {@return the ids of the catalogue, in order} */
  public List<IndicatorId> ids() {
    return byId.keySet().asList();
  }

  /** {@return the indicators of the catalogue, in id order} */
  public List<Indicator> indicators() {
    return byId.values().asList();
  }

  /**
   * {@return the id closest to {@code text} by {@linkplain EditDistance edit distance}, if any is close enough to
   * suggest: at most one edit for every four characters of the text, and at least one}
   *
   * @param text an id as written, perhaps misspelt ("NI 95"); stripped, and compared ignoring case
   */
  public Optional<IndicatorId> closest(String text) {
    String wanted = text.strip().toUpperCase(java.util.Locale.ROOT);
    IndicatorId best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (IndicatorId id : byId.keySet()) {
      int d = EditDistance.between(wanted, id.value().toUpperCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, wanted.length() / 4) ? Optional.of(best) : Optional.empty();
  }

  private String closestHint(String text) {
    return closest(text).map(id -> "; did you mean " + id + "?").orElse("");
  }
}
