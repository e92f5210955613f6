package siege.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.TreeMap;
import siege.model.EventRecord;

/** SHA-256 over the event records indexed from one file, every field in a fixed order. */
final class OutputHash {
  private final MessageDigest sha = FileHashes.sha256();

  void add(EventRecord e) {
    // extra is sorted: Map.copyOf's iteration order differs between JVM runs
    String s = String.join("\u0001", e.id(), e.reportId(), String.valueOf(e.reportTitle()),
        String.valueOf(e.sourceFile()), String.valueOf(e.section()), Integer.toString(e.paragraph()),
        String.valueOf(e.date()), e.actors().toString(), String.valueOf(e.eventType()),
        String.valueOf(e.subEventType()), e.tags().toString(), String.valueOf(e.killed()),
        String.valueOf(e.injured()), String.valueOf(e.place()), String.valueOf(e.text()),
        String.valueOf(e.source()), new TreeMap<>(e.extra()).toString());
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  String value() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
