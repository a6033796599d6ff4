package org.improvementnotice.model;

/** The root of the library's exceptions. */
public class NoticeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with the message.
   *
   * @param message what is wrong and where
   */
  public NoticeException(String message) {
    super(message);
  }

  /**
   * An exception with the message and its cause.
   *
   * @param message what is wrong and where
   * @param cause the exception that caused it
   */
  public NoticeException(String message, Throwable cause) {
    super(message, cause);
  }
}
