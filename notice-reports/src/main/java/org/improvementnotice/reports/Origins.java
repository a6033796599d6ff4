package org.improvementnotice.reports;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Data origins for people: the {@code file:} and {@code jar:file:} URIs in a description made paths. */
final class Origins {
  private static final Pattern URI_IN_TEXT = Pattern.compile("(jar:)?file:[^\\s\"'<>]+");

  private Origins() {}

  /**
   * The description with each {@code file:} URI replaced by its path ({@code file:///tmp/d/} is
   * {@code /tmp/d/}) and each {@code jar:file:...!/dir/} by {@code dir/ in /path/to.jar}; a URI that does
   * not parse is left as it is.
   */
  static String forPeople(String description) {
    Matcher m = URI_IN_TEXT.matcher(description);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(path(m.group())));
    }
    return SafeText.oneLine(m.appendTail(out).toString());
  }

  private static String path(String uri) {
    try {
      if (uri.startsWith("jar:")) {
        int bang = uri.indexOf("!/");
        if (bang < 0) {
          return uri;
        }
        String inside = uri.substring(bang + 2);
        return inside + " in " + path(uri.substring(4, bang));
      }
      String path = Path.of(URI.create(uri)).toString();
      return uri.endsWith("/") && !path.endsWith("/") ? path + "/" : path;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return uri;
    }
  }
}
