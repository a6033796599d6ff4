package org.improvementnotice.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The scan for an unclosed quote agrees with the CSV parser the readers use, on texts full of quotes. */
class UnclosedQuoteProperties {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();

  /**
   * Where the parser stops for a missing closing quote the scan finds the quote, and where the parser reads the
   * whole text the scan finds none. (A parser that stops earlier for another fault says nothing of quotes.)
   */
  @Property(tries = 3000)
  void findsAQuoteWhenTheParserMissesAClosingOneAndNoneWhenItReadsAll(@ForAll("csv") String text) {
    Parsed parsed = parse(text);
    Statistics.label("parser").collect(parsed).coverage(c -> {
      c.check(Parsed.READ).percentage(p -> p > 5);
      c.check(Parsed.MISSING_CLOSING_QUOTE).percentage(p -> p > 5);
    });
    String shown = text.replace("\n", "\\n").replace("\r", "\\r");
    if (parsed == Parsed.MISSING_CLOSING_QUOTE) {
      assertThat(UnclosedQuote.in(text)).as(shown).isPresent();
    } else if (parsed == Parsed.READ) {
      assertThat(UnclosedQuote.in(text)).as(shown).isEmpty();
    }
  }

  @Property(tries = 1000)
  void theQuoteFoundIsAQuoteOfTheText(@ForAll("csv") String text) {
    UnclosedQuote.in(text).ifPresent(at -> {
      String[] lines = text.split("\r\n|\r|\n", -1);
      assertThat(at.line()).isBetween(1, lines.length);
      assertThat(lines[at.line() - 1].charAt(at.column() - 1)).isEqualTo('"');
    });
  }

  @Example
  void namesTheQuoteThatOpensTheLastField() {
    assertThat(UnclosedQuote.in("a,b\r\n\"x\"\"y\",\"z\nmore\n"))
        .isEqualTo(Optional.of(new UnclosedQuote.At(2, 8)));
    assertThat(UnclosedQuote.in("a,b\nx\"y,\"z\"\n")).isEmpty();
  }

  @Provide
  Arbitrary<String> csv() {
    return Arbitraries.of('a', ',', '"', '\n', '\r', ' ').list().ofMaxSize(24)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  private enum Parsed { READ, MISSING_CLOSING_QUOTE, OTHER_FAULT }

  private static Parsed parse(String text) {
    try (CsvParser parser = FACTORY.createParser(text)) {
      parser.setSchema(CsvSchema.emptySchema());
      while (parser.nextToken() != null) {
        parser.getText();
      }
      return Parsed.READ;
    } catch (JsonProcessingException e) {
      return String.valueOf(e.getOriginalMessage()).contains("closing quote") ? Parsed.MISSING_CLOSING_QUOTE
          : Parsed.OTHER_FAULT;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
