package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who issued a notice: a department (DCSF 2008-2010, DfE from 2010) or, for a plan, the council itself.
 * Immutable and thread-safe.
 *
 * @param body the issuing body ("Department for Children, Schools and Families")
 * @param signatory who signed it, if the document says
 * @param assumed whether the writer supplied the issuer, the text not stating it (DOMAIN.md, "Stated facts and
 *     assumed facts")
 */
public record Issuer(String body, Optional<String> signatory, boolean assumed) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param body the issuing body ("Department for Children, Schools and Families")
   * @param signatory who signed it, if the document says
   * @param assumed whether the writer supplied the issuer
   */
  public Issuer {
    requireNonNull(body, "body");
    requireNonNull(signatory, "signatory");
    Text.requireNotBlank(body, "Issuer body");
  }

  /**
   * An issuer the text states.
   *
   * @param body the issuing body, not blank
   * @param signatory who signed it, if the document says
   * @throws IllegalArgumentException if the body is blank
   */
  public Issuer(String body, Optional<String> signatory) {
    this(body, signatory, false);
  }

  /**
   * {@return the body with no signatory named}
   *
   * @param body the issuing body ("Department for Education"), not blank
   * @throws IllegalArgumentException if the body is blank
   */
  public static Issuer of(String body) {
    return new Issuer(body, Optional.empty());
  }
}
