package org.improvementnotice.data.council;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.improvementnotice.model.indicator.EditDistance;

/**
 * The councils the published files name, by LA number, and found by what a user types: the LA number
 * ({@code 886}), an ONS code of any year ({@code E10000027}, {@code E06000066}), or a name, matched whole
 * and case-insensitively against every name the council has had, with or without a trailing "County
 * Council", "City Council", "Borough Council" or "Council" (so a notice's recipient finds its council).
 * "Somerset" finds Somerset (933), never North Somerset (802): a name is never matched in part. A misspelt
 * name fails with the closest names suggested; a name two councils have had (Dorset: 835 to 2019, 838 from
 * 2020) fails with both listed. Immutable and thread-safe.
 */
public final class Councils {

  private static final Pattern SUFFIX = Pattern.compile(
      "\\s+(county council|city council|borough council|metropolitan borough council|council)$");

  private final ImmutableMap<LaNumber, Council> byNumber;
  private final Map<String, List<Council>> byName = new HashMap<>();
  private final Map<String, Council> byOnsCode = new HashMap<>();

  private Councils(Collection<Council> councils) {
    ImmutableMap.Builder<LaNumber, Council> b = ImmutableMap.builder();
    councils.stream().sorted(Comparator.comparing(Council::number)).forEach(c -> b.put(c.number(), c));
    byNumber = b.buildOrThrow();
    for (Council c : byNumber.values()) {
      for (String name : c.allNames()) {
        List<Council> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(c)) {
          list.add(c);
        }
      }
      c.onsCodes().values().forEach(code -> byOnsCode.putIfAbsent(code.toUpperCase(Locale.ROOT), c));
    }
  }

  /**
   * The councils given.
   *
   * @param councils the councils, each LA number once
   * @return the directory
   * @throws IllegalArgumentException when two share an LA number
   */
  public static Councils of(Collection<Council> councils) {
    return new Councils(requireNonNull(councils, "councils"));
  }

  /** {@return a builder that gathers each council's names, codes and regions year by year} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every council, in LA number order} */
  public List<Council> all() {
    return byNumber.values().asList();
  }

  /**
   * {@return the councils that appear in the files for the year, in LA number order}
   *
   * @param year the year a figure ends in (2013 for 2012-13)
   */
  public List<Council> in(int year) {
    return all().stream().filter(c -> c.appearsIn(year)).toList();
  }

  /**
   * {@return the council with the LA number, if the files name it}
   *
   * @param number the LA number
   */
  public Optional<Council> get(LaNumber number) {
    return Optional.ofNullable(byNumber.get(requireNonNull(number, "number")));
  }

  /**
   * The one council that answers to the text: an LA number, an ONS code or a name (see the type's
   * documentation).
   *
   * @param text what the user typed
   * @return the council
   * @throws CouncilNotFoundException when none answers (naming the closest names) or several do (naming
   *     each, with its years and codes)
   */
  public Council find(String text) {
    requireNonNull(text, "text");
    String wanted = text.strip();
    if (LaNumber.isLaNumber(wanted)) {
      Council c = byNumber.get(LaNumber.of(wanted));
      if (c == null) {
        throw new CouncilNotFoundException("No council has LA number " + wanted + " in the published files", List.of());
      }
      return c;
    }
    Council byCode = byOnsCode.get(wanted.toUpperCase(Locale.ROOT));
    if (byCode != null) {
      return byCode;
    }
    List<Council> named = byName.get(key(wanted));
    if (named == null) {
      named = byName.get(SUFFIX.matcher(key(wanted)).replaceFirst(""));
    }
    if (named != null && named.size() == 1) {
      return named.get(0);
    }
    if (named != null) {
      StringBuilder m = new StringBuilder("'" + wanted + "' names " + named.size()
          + " councils; give the LA number of the one meant:");
      named.forEach(c -> m.append("\n  ").append(c.describe()));
      throw new CouncilNotFoundException(m.toString(), named);
    }
    List<Council> close = closest(wanted);
    String hint = close.isEmpty() ? "" : "; did you mean " + String.join(" or ",
        close.stream().map(Council::label).toList()) + "?";
    throw new CouncilNotFoundException("No council is named '" + wanted + "' in the published files" + hint, close);
  }

  /** The councils whose names are closest to the text by edit distance, if any is close enough. */
  private List<Council> closest(String text) {
    String wanted = SUFFIX.matcher(key(text)).replaceFirst("");
    int best = Integer.MAX_VALUE;
    List<Council> out = new ArrayList<>();
    for (Map.Entry<String, List<Council>> e : byName.entrySet()) {
      int d = EditDistance.between(wanted, e.getKey());
      if (d < best) {
        best = d;
        out.clear();
      }
      if (d == best) {
        e.getValue().stream().filter(c -> !out.contains(c)).forEach(out::add);
      }
    }
    out.sort(Comparator.comparing(Council::number));
    return best <= Math.max(2, wanted.length() / 4) ? List.copyOf(out) : List.of();
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Gathers councils year by year. Not thread-safe. */
  public static final class Builder {
    private final Map<LaNumber, TreeMap<Integer, String>> names = new HashMap<>();
    private final Map<LaNumber, TreeMap<Integer, String>> codes = new HashMap<>();
    private final Map<LaNumber, TreeMap<Integer, Council.Region>> regions = new HashMap<>();

    private Builder() {}

    /**
     * Records what a row says of a council in a year; a later row for the same year keeps the first name.
     *
     * @param number its LA number
     * @param year the year the row's figure ends in
     * @param name its name in that row
     * @param onsCode its ONS code in that row, or empty
     * @param region its region in that row, if the row names one
     * @return this builder
     */
    public Builder add(LaNumber number, int year, String name, String onsCode, Optional<Council.Region> region) {
      requireNonNull(number, "number");
      names.computeIfAbsent(number, k -> new TreeMap<>()).putIfAbsent(year, requireNonNull(name, "name"));
      if (!onsCode.isEmpty()) {
        codes.computeIfAbsent(number, k -> new TreeMap<>()).putIfAbsent(year, onsCode);
      }
      region.ifPresent(r -> regions.computeIfAbsent(number, k -> new TreeMap<>()).putIfAbsent(year, r));
      return this;
    }

    /** {@return the councils gathered} */
    public Councils build() {
      List<Council> out = new ArrayList<>();
      names.forEach((n, byYear) -> out.add(new Council(n, byYear, codes.getOrDefault(n, new TreeMap<>()),
          regions.getOrDefault(n, new TreeMap<>()))));
      return new Councils(out);
    }
  }
}
