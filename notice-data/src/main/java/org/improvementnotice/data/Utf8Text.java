package org.improvementnotice.data;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text files read as UTF-8, strictly: a byte sequence that is not UTF-8 is an error naming its line and column
 * (which a {@link java.io.Reader} would replace or report without a position), and a leading byte order mark
 * (what a spreadsheet's "CSV UTF-8" export writes) is dropped. Thread-safe: it holds no state.
 */
public final class Utf8Text {

  private Utf8Text() {}

  /**
   * Decodes the bytes as UTF-8, dropping one leading byte order mark.
   *
   * @param bytes the file's content
   * @return the text, without a leading byte order mark
   * @throws MalformedException at the first byte sequence that is not UTF-8, with its line and column
   */
  public static String decode(byte[] bytes) throws MalformedException {
    requireNonNull(bytes, "bytes");
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // a UTF-8 sequence of n bytes is at most n chars, so the text fits
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw malformed(bytes, in.position(), Math.max(1, result.length()), out);
    }
    out.flip();
    if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
      out.get();
    }
    return out.toString();
  }

  private static MalformedException malformed(byte[] bytes, int offset, int length, CharBuffer decoded) {
    int line = 1;
    int lineStart = 0;
    int end = decoded.position();
    for (int i = 0; i < end; i++) {
      char c = decoded.get(i);
      // a line ends at \n, \r\n or a lone \r, as Jackson's CSV parser counts them
      if (c == '\n' || c == '\r' && (i + 1 == end || decoded.get(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < end; i++) {
      if (!Character.isLowSurrogate(decoded.get(i))) {
        column++;
      }
    }
    if (line == 1 && end > 0 && decoded.get(0) == '\uFEFF') {
      column--;
    }
    StringBuilder text = new StringBuilder();
    for (int i = offset; i < Math.min(bytes.length, offset + length); i++) {
      text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return new MalformedException(line, column, offset, text.toString());
  }

  /** A byte sequence that is not UTF-8, at a 1-based line and column (in characters of the text before it). */
  public static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the bad bytes. */
    private final int line;
    /** The 1-based column of the bad bytes, in characters of the text before them on their line. */
    private final int column;
    /** The 0-based offset of the first bad byte in the file. */
    private final int offset;

    MalformedException(int line, int column, int offset, String bytes) {
      super("not valid UTF-8: byte " + bytes + " at byte offset " + offset);
      this.line = line;
      this.column = column;
      this.offset = offset;
    }

    /** @return the 1-based line of the bad bytes */
    public int line() {
      return line;
    }

    /** @return the 1-based column of the bad bytes, counting the characters before them on their line */
    public int column() {
      return column;
    }

    /** @return the 0-based offset of the first bad byte in the file */
    public int offset() {
      return offset;
    }
  }
}
