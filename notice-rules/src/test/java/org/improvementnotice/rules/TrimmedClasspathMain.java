package org.improvementnotice.rules;

/**
 * Evaluates the Surrey notice on the class path it is started with and prints one line per finding, after one line
 * per class named in its arguments saying whether that class can be loaded. {@link TrimmedClasspathTest} starts it
 * in a JVM of its own on this module's runtime class path alone, without the test libraries.
 */
final class TrimmedClasspathMain {
  private TrimmedClasspathMain() {}

  public static void main(String[] args) {
    for (String name : args) {
      try {
        Class.forName(name, false, TrimmedClasspathMain.class.getClassLoader());
        System.out.println("present " + name);
      } catch (ClassNotFoundException e) {
        System.out.println("absent " + name);
      }
    }
    ComplianceReport report = ComplianceEngine.create()
        .evaluate(Surrey.notice(), Surrey.data(), Surrey.VERDICT_DATE);
    Fixtures.summary(report).forEach(System.out::println);
  }
}
