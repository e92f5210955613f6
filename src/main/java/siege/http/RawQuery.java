package siege.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import siege.search.NamedParameters;

/**
 * Strict parsing of a URL query string ({@code a=1&b=x+y&b=%C3%A9}): '+' is a space, escapes must
 * be {@code %} and two hex digits, the decoded bytes must be UTF-8, and no control characters
 * other than tab and line breaks are accepted. The servlet container's lenient parser would
 * silently drop or replace such input; here it is a 400 {@code bad_encoding}.
 */
final class RawQuery {
  private RawQuery() {}

  /** Names to their values in order of appearance; an empty or null string gives an empty map. */
  static Map<String, List<String>> parse(String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) return out;
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s, String name) {
    String what = name == null ? "a parameter name" : "parameter '" + NamedParameters.clip(name) + "'";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
          throw ApiException.badRequest("bad_encoding", what + " has a '%' not followed by two hex digits:"
              + " percent-encode the value (a literal % is %25)");
        }
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else { // not legal in a URL, but be liberal: take the character as UTF-8
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    String decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("bad_encoding", what + " is not valid UTF-8 once percent-decoded:"
          + " encode text as UTF-8, e.g. é as %C3%A9");
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        throw ApiException.badRequest("bad_character", what + " contains the control character U+"
            + String.format("%04X", (int) c) + ": remove it");
      }
    }
    return decoded;
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
