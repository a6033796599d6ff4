package org.improvementnotice.rules.facts;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.Rag;
import org.improvementnotice.rules.Status;

/**
 * What a rule decided for one requirement: the only kind of fact the rules insert. Exactly one per requirement
 * per evaluation (the rules of a family are mutually exclusive; the engine rejects a second). Immutable.
 *
 * @param requirementId the requirement decided
 * @param status its status
 * @param rag its colour
 * @param rule the name of the rule that decided
 * @param cited what the decision cites (the first period that fell short, the meeting gap), or null
 */
public record Decision(String requirementId, Status status, Rag rag, String rule, String cited) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirementId the requirement decided
   * @param status its status
   * @param rag its colour
   * @param rule the name of the rule that decided
   * @param cited what the decision cites (the first period that fell short, the meeting gap), or null
   */
  public Decision {
    requireNonNull(requirementId, "requirementId");
    requireNonNull(status, "status");
    requireNonNull(rag, "rag");
    requireNonNull(rule, "rule");
  }

  /**
   * {@return a decision citing nothing, in the status's default colour}
   *
   * @param requirementId the requirement decided
   * @param status its status
   * @param rule the name of the rule that decided, which the finding cites
   */
  public static Decision of(String requirementId, Status status, String rule) {
    return new Decision(requirementId, status, status.defaultRag(), rule, null);
  }

  /**
   * {@return a decision citing {@code cited}, in the status's default colour}
   *
   * @param requirementId the requirement decided
   * @param status its status
   * @param rule the name of the rule that decided, which the finding cites
   * @param cited what the decision cites (the first period that fell short, the meeting gap), or null
   */
  public static Decision citing(String requirementId, Status status, String rule, String cited) {
    return new Decision(requirementId, status, status.defaultRag(), rule, cited);
  }
}
