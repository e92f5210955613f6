package siege.bench;

import java.util.Set;
import java.util.SplittableRandom;

/** Pronounceable pseudo-words and names built from syllables, deterministic for a random source. */
final class Names {
  private static final String[] ONSETS = {
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr",
    "tr", "st", "sh", "ch", "th", "ts", "y", "w", "h", "ny", "mb", "nd"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "o", "ai", "ou", "ia"};
  private static final String[] CODAS = {"", "", "", "", "n", "r", "l", "s", "k", "m", "t"};

  private Names() {}

  /** A lower-case pseudo-word of {@code minSyllables}..{@code maxSyllables} syllables. */
  static String word(SplittableRandom r, int minSyllables, int maxSyllables) {
    int syllables = minSyllables + r.nextInt(maxSyllables - minSyllables + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
      if (i == syllables - 1 || r.nextInt(4) == 0) sb.append(CODAS[r.nextInt(CODAS.length)]);
    }
    return sb.toString();
  }

  /** A pseudo-word not yet in {@code taken} (which it is added to). */
  static String unique(SplittableRandom r, Set<String> taken, int minSyllables, int maxSyllables) {
    while (true) {
      String w = word(r, minSyllables, maxSyllables);
      if (w.length() >= 3 && taken.add(w)) return w;
    }
  }

  /** A capitalised pseudo-name not yet in {@code taken}. */
  static String name(SplittableRandom r, Set<String> taken) {
    return capitalise(unique(r, taken, 2, 3));
  }

  static String capitalise(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
