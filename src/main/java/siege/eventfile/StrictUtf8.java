package siege.eventfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import siege.corpus.CorpusException;

/**
 * Streaming counterpart of {@link siege.corpus.TextFiles} for event files, which may be far larger
 * than a report: {@link #check} refuses binary, non-UTF-8 and empty files in one bounded-memory
 * pass (same messages as TextFiles), {@link #open} then reads the text with a strict decoder and
 * without the byte order mark.
 */
final class StrictUtf8 {
  private static final int CHUNK = 64 * 1024;

  private StrictUtf8() {}

  static void check(Path file) throws CorpusException {
    String name = file.getFileName().toString();
    CharsetDecoder decoder = decoder();
    ByteBuffer in = ByteBuffer.allocate(CHUNK);
    CharBuffer out = CharBuffer.allocate(CHUNK);
    int line = 1;
    boolean content = false;
    try (InputStream is = Files.newInputStream(file)) {
      while (true) {
        int n = is.read(in.array(), in.position(), in.remaining());
        boolean eof = n < 0;
        if (!eof) in.position(in.position() + n);
        in.flip();
        int start = in.position();
        CoderResult result = decoder.decode(in, out, eof);
        for (int i = start; i < in.position(); i++) {
          byte b = in.get(i);
          if (b == 0) throw binary(name, line);
          if (b == '\n') line++;
        }
        if (result.isError()) {
          for (int i = in.position(); i < in.limit(); i++) {
            if (in.get(i) == 0) throw binary(name, line);
          }
          throw new CorpusException(name, line, "not valid UTF-8 text");
        }
        out.flip();
        while (!content && out.hasRemaining()) {
          char c = out.get();
          content = !Character.isWhitespace(c) && c != '\uFEFF' && c != '\u00A0';
        }
        out.clear();
        in.compact();
        if (eof) break;
      }
    } catch (IOException e) {
      throw new CorpusException(name, 0, "cannot be read: " + e.getMessage());
    }
    if (!content) throw new CorpusException(name, 0, "file is empty");
  }

  /** A reader over the file's text, strict UTF-8, with a leading byte order mark skipped. */
  static BufferedReader open(Path file) throws IOException {
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), decoder()), CHUNK);
    reader.mark(1);
    if (reader.read() != '\uFEFF') reader.reset();
    return reader;
  }

  private static CorpusException binary(String name, int line) {
    return new CorpusException(name, line, "binary content (NUL byte): expected UTF-8 text");
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
