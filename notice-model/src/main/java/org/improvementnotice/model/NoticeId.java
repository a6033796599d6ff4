package org.improvementnotice.model;

/**
 * The stable identifier of a notice ({@code surrey-2008}). Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record NoticeId(String value) {
  public NoticeId {
    Slug.check("Notice id", value);
  }

  /** The identifier {@code value}. */
  public static NoticeId of(String value) {
    return new NoticeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
