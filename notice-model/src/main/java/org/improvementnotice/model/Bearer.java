package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who bears a duty (DOMAIN.md, "Who bears a duty"): the council (the default), the council with its partners, or
 * another party named in the notice (a commissioner, the safeguarding children board, the department, Ofsted, an
 * adviser, the board's chair). A duty borne by another party is reported with its status but never counts
 * against the council's verdict. A notice states the bearer of each clause ({@link Measure#bearer()}). Immutable
 * and thread-safe.
 *
 * @param kind whose duty it is
 * @param party the other party's name as the notice gives it ("the Board Chair", "Ofsted"), present exactly when
 *     the kind is {@link Kind#OTHER}
 */
public record Bearer(Kind kind, Optional<String> party) {

  /** Whose duty a clause is. */
  public enum Kind {
    /** The council to which the notice is issued. */
    COUNCIL,
    /** The council together with its partners (health, police, schools): the council's duty still. */
    COUNCIL_WITH_PARTNERS,
    /** Another party, named: its duties are reported beside the council's verdict, never in it. */
    OTHER
  }

  private static final Bearer COUNCIL = new Bearer(Kind.COUNCIL, Optional.empty());
  private static final Bearer WITH_PARTNERS = new Bearer(Kind.COUNCIL_WITH_PARTNERS, Optional.empty());

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param kind whose duty it is
   * @param party the other party's name, present and not blank exactly when the kind is {@link Kind#OTHER}
   * @throws IllegalArgumentException if a party is named for the council, or none (or a blank one) for another
   */
  public Bearer {
    requireNonNull(kind, "kind");
    requireNonNull(party, "party");
    if ((kind == Kind.OTHER) != party.isPresent()) {
      throw new IllegalArgumentException(kind == Kind.OTHER ? "Another party's duty must name the party"
          : "A duty of the council names no other party, was " + party.get());
    }
    if (party.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("The party bearing a duty must not be blank");
    }
  }

  /** {@return the council's own duty, the default} */
  public static Bearer council() {
    return COUNCIL;
  }

  /** {@return a duty of the council with its partners} */
  public static Bearer councilWithPartners() {
    return WITH_PARTNERS;
  }

  /**
   * {@return a duty of another party}
   *
   * @param party its name as the notice gives it ("the Board Chair"), not blank
   * @throws IllegalArgumentException if the name is blank
   */
  public static Bearer other(String party) {
    return new Bearer(Kind.OTHER, Optional.of(requireNonNull(party, "party")));
  }

  /** {@return whether the duty is the council's (alone or with its partners), and so counts in its verdict} */
  public boolean isCouncils() {
    return kind != Kind.OTHER;
  }

  /** {@return the bearer in words: "the council", "the council with its partners", or the party's name} */
  @Override
  public String toString() {
    return switch (kind) {
      case COUNCIL -> "the council";
      case COUNCIL_WITH_PARTNERS -> "the council with its partners";
      case OTHER -> party.get();
    };
  }
}
