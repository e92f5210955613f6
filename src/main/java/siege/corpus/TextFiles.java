package siege.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a corpus file as strict UTF-8 text, refusing empty, binary and non-UTF-8 files. */
public final class TextFiles {
  /** Files above this size are refused rather than read into memory. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  public static String read(Path file) throws CorpusException {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new CorpusException(
            name, 0, "file is " + size + " bytes, over the limit of " + MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CorpusException(name, 0, "cannot be read: " + e.getMessage());
    }
    return decode(name, bytes);
  }

  /** Decodes strict UTF-8 (a leading byte order mark is dropped). */
  public static String decode(String name, byte[] bytes) throws CorpusException {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new CorpusException(name, lineAt(bytes, i), "binary content (NUL byte): expected UTF-8 text");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CorpusException(name, firstBadLine(bytes, start), "not valid UTF-8 text");
    }
    if (text.isBlank()) throw new CorpusException(name, 0, "file is empty");
    return text;
  }

  private static int lineAt(byte[] bytes, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) if (bytes[i] == '\n') line++;
    return line;
  }

  /** The line of the first byte sequence that is not UTF-8. */
  private static int firstBadLine(byte[] bytes, int start) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineStart = start;
    int line = 1;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return 0;
  }
}
