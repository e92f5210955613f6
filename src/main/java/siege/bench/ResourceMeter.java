package siege.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Memory and disk measurements: heap after a full GC, process RSS, folder sizes. */
public final class ResourceMeter {
  private ResourceMeter() {}

  /**
   * Used heap after asking for full collections until it stops shrinking (at most five), in bytes.
   * {@code System.gc()} is a request; with the default G1 collector it runs a full collection
   * unless {@code -XX:+DisableExplicitGC} is set.
   */
  public static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used >= best * 0.99) return Math.min(best, used);
      best = Math.min(best, used);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return best;
  }

  /** Resident set size of this process from /proc/self/status (VmRSS), in bytes; -1 where unavailable. */
  public static long residentSetSize() {
    return residentSetSize(Path.of("/proc/self/status"));
  }

  static long residentSetSize(Path status) {
    try {
      List<String> lines = Files.readAllLines(status);
      for (String line : lines) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          long value = Long.parseLong(parts[0]);
          return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Total size of the regular files under {@code dir}, in bytes (0 when absent). */
  public static long folderBytes(Path dir) throws IOException {
    if (!Files.exists(dir)) return 0;
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a file removed while walking (e.g. a merged-away segment)
        }
      }).sum();
    }
  }
}
