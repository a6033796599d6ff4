package org.improvementnotice.model;

/** The root of the library's exceptions. */
public class NoticeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoticeException(String message) {
    super(message);
  }

  public NoticeException(String message, Throwable cause) {
    super(message, cause);
  }
}
