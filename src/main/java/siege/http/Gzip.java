package siege.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Gzip for stored answers: compressing once, and whether a client's Accept-Encoding takes it. */
final class Gzip {
  private Gzip() {}

  static byte[] of(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown by a byte array stream
    }
    return out.toByteArray();
  }

  /** Whether an Accept-Encoding header accepts gzip ({@code gzip} or {@code *}, without {@code q=0}). */
  static boolean accepted(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isEmpty()) return false;
    for (String part : acceptEncoding.split(",")) {
      String[] p = part.split(";");
      String coding = p[0].strip().toLowerCase(Locale.ROOT);
      if (!coding.equals("gzip") && !coding.equals("*")) continue;
      boolean refused = false;
      for (int i = 1; i < p.length; i++) {
        String param = p[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (param.startsWith("q=") && param.substring(2).matches("0(\\.0{0,3})?")) refused = true;
      }
      if (!refused) return true;
    }
    return false;
  }
}
