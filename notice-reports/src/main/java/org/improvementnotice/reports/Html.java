package org.improvementnotice.reports;

/** Text made safe for HTML: control characters neutralised ({@link SafeText}), then the markup escaped. */
final class Html {
  private Html() {}

  /** The text for element content and quoted attribute values. */
  static String escape(String text) {
    String safe = SafeText.neutralise(text);
    StringBuilder out = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
