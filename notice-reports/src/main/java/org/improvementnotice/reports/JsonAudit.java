package org.improvementnotice.reports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.rules.Settings;

/**
 * The audit record of a notice's entry in the JSON report ({@code docs/report-json.md}, "The audit record"): what an
 * auditor needs to re-run the verdict and compare. The notice's fingerprint (SHA-256 of its canonical printed
 * text, so two files that differ only in layout or comments have the same one), the library's version and the
 * settings in force; each report of the entry states its own assessment date. Stateless and thread-safe.
 */
public final class JsonAudit {
  private static final String VERSION = readVersion();

  private JsonAudit() {}

  /**
   * The audit record of one notice evaluated.
   *
   * @param noticeFingerprint {@code "sha256:"} and the lower-case hex SHA-256 of the notice's canonical printed text
   *     in UTF-8 ({@link NoticeLanguage#print})
   * @param library the version of the library that wrote the report ({@code "0.1.0"})
   * @param settings the settings of the engine that made the reports
   * @param assumedFacts the notice's facts the writer supplied, the text not stating them ({@code "issue date
   *     2013-10-01"}, {@code "term until 2010-09-30"}), in words (since version 5)
   */
  @JsonPropertyOrder({"noticeFingerprint", "library", "settings", "assumedFacts"})
  public record AuditDto(String noticeFingerprint, String library, SettingsDto settings, List<String> assumedFacts) {
    /**
     * Copies the list, as the type's documentation says of each component.
     *
     * @param noticeFingerprint {@code "sha256:"} and the hex SHA-256 of the notice's canonical printed text
     * @param library the version of the library that wrote the report
     * @param settings the settings of the engine that made the reports
     * @param assumedFacts the notice's facts the writer supplied, in words
     */
    public AuditDto {
      assumedFacts = List.copyOf(assumedFacts);
    }
  }

  /**
   * The engine's settings ({@link Settings}), decimals as strings in plain notation.
   *
   * @param tolerance how far short of a target still shows amber, as a fraction of the target ({@code "0.10"})
   * @param indicatorTolerances the per-indicator overrides of the tolerance, by indicator id, in id order
   * @param trendLength N for a sustained downward trend when the requirement does not say
   * @param workingDayCount how "within N working days" counts ({@code "START_DAY_EXCLUDED"})
   * @param missingData what a missing figure means ({@code "LENIENT"} or {@code "STRICT"})
   * @param dueSoonDays how many days before its deadline an action not done is due soon
   * @param meetingGapToleranceDays how many days a meeting may fall after the cadence says it is due
   * @param publicationLag how long after a notice's end its final verdict is taken, ISO-8601 ({@code "P1M"})
   */
  @JsonPropertyOrder({"tolerance", "indicatorTolerances", "trendLength", "workingDayCount", "missingData",
      "dueSoonDays", "meetingGapToleranceDays", "publicationLag"})
  public record SettingsDto(String tolerance, Map<String, String> indicatorTolerances, int trendLength,
      String workingDayCount, String missingData, int dueSoonDays, int meetingGapToleranceDays,
      String publicationLag) {
    /**
     * Copies the map, as the type's documentation says of each component.
     *
     * @param tolerance how far short of a target still shows amber, as a fraction of the target
     * @param indicatorTolerances the per-indicator overrides of the tolerance, by indicator id, in id order
     * @param trendLength N for a sustained downward trend when the requirement does not say
     * @param workingDayCount how "within N working days" counts
     * @param missingData what a missing figure means
     * @param dueSoonDays how many days before its deadline an action not done is due soon
     * @param meetingGapToleranceDays how many days a meeting may fall after the cadence says it is due
     * @param publicationLag how long after a notice's end its final verdict is taken, ISO-8601
     */
    public SettingsDto {
      indicatorTolerances = Map.copyOf(indicatorTolerances);
    }
  }

  /**
   * {@return the audit record of the evaluation}
   *
   * @param evaluation the notice evaluated, with the settings its reports were made with
   */
  public static AuditDto of(Evaluation evaluation) {
    return new AuditDto(fingerprint(evaluation.notice()), version(), settings(evaluation.settings()),
        evaluation.notice().assumedFacts());
  }

  /**
   * {@return the notice's fingerprint: {@code "sha256:"} and the hex SHA-256 of its canonical printed text}
   *
   * @param notice the notice
   */
  public static String fingerprint(Notice notice) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(NoticeLanguage.print(notice).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** {@return the library's version, as the build wrote it} */
  public static String version() {
    return VERSION;
  }

  static SettingsDto settings(Settings s) {
    Map<String, String> overrides = new TreeMap<>();
    s.indicatorTolerances().forEach((id, t) -> overrides.put(id.value(), t.toPlainString()));
    return new SettingsDto(s.tolerance().toPlainString(), overrides, s.trendLength(), s.workingDayCount().name(),
        s.missingData().name(), s.dueSoonDays(), s.meetingGapToleranceDays(), s.publicationLag().toString());
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = JsonAudit.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("The build did not write org/improvementnotice/reports/version.properties");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
