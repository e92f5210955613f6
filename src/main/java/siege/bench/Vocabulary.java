package siege.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A ranked word list with Zipf-distributed frequencies: common English function words at the top
 * ranks, conflict vocabulary among the frequent ranks, and deterministic pseudo-words for the long
 * tail. Filler text drawn from it has the rank-frequency shape of real prose, so term dictionaries,
 * postings lengths and query selectivity behave like a real corpus.
 */
public final class Vocabulary {
  /** The default size: a few thousand distinct words. */
  public static final int DEFAULT_SIZE = 4000;
  /** Zipf's exponent for English text is close to 1. */
  public static final double DEFAULT_EXPONENT = 1.0;

  static final List<String> FUNCTION_WORDS = List.of(
      "the", "of", "and", "to", "in", "a", "was", "that", "for", "on", "by", "with", "as", "were",
      "at", "from", "had", "their", "which", "its", "after", "has", "been", "are", "have", "said",
      "they", "it", "not", "but", "also", "this", "into", "near", "over", "more", "than", "when",
      "while", "who", "some", "other", "all", "during", "since", "about", "between", "still",
      "there", "would", "could", "only", "most", "many", "before", "under", "against", "through",
      "both", "each", "where", "several", "those", "these", "them", "then", "later",
      "around", "without", "across", "because", "although", "any", "no", "one", "further", "until",
      "among", "along", "whose", "being", "much", "few", "again", "out", "up", "so", "such");

  /** Single conflict words mixed among the frequent ranks (the multi-word terms come from templates). */
  static final List<String> CONFLICT_WORDS = List.of(
      "shelling", "ambush", "convoy", "blockade", "displaced", "killed", "injured", "airport",
      "checkpoint", "mortar", "artillery", "militants", "soldiers", "civilians", "fighters", "attack",
      "siege", "fuel", "aid", "trucks", "drone", "strike", "bomb", "explosives", "curfew", "refugees",
      "humanitarian", "wounded", "clashes", "patrol", "base", "garrison", "road", "bridge", "market",
      "hospital", "supplies", "food", "water", "shortages", "army", "insurgents", "offensive",
      "ceasefire", "negotiations", "hostages", "kidnapped", "looted", "evacuated", "casualties");

  private final List<String> words;
  private final ZipfSampler sampler;

  private Vocabulary(List<String> words, double exponent) {
    this.words = List.copyOf(words);
    this.sampler = new ZipfSampler(words.size(), exponent);
  }

  /** Builds the ranked list deterministically from {@code random}. */
  public static Vocabulary generate(SplittableRandom random, int size, double exponent) {
    Set<String> taken = new HashSet<>(FUNCTION_WORDS);
    taken.addAll(CONFLICT_WORDS);
    List<String> functionWords = FUNCTION_WORDS.stream().distinct().toList();
    List<String> ranked = new ArrayList<>(size);
    int f = 0;
    int c = 0;
    for (; f < 25; f++) ranked.add(functionWords.get(f));
    while (ranked.size() < size) {
      int slot = ranked.size();
      if (f < functionWords.size() && slot % 2 == 0) {
        ranked.add(functionWords.get(f++));
      } else if (c < CONFLICT_WORDS.size() && slot % 4 == 1) {
        ranked.add(CONFLICT_WORDS.get(c++));
      } else {
        ranked.add(Names.unique(random, taken, 1, 3));
      }
    }
    return new Vocabulary(ranked, exponent);
  }

  public int size() {
    return words.size();
  }

  /** The word at {@code rank} (0 = most frequent). */
  public String word(int rank) {
    return words.get(rank);
  }

  public int rankOf(String word) {
    return words.indexOf(word);
  }

  public ZipfSampler sampler() {
    return sampler;
  }

  /** A Zipf-distributed word. */
  public String sample(SplittableRandom random) {
    return words.get(sampler.sample(random));
  }

  /** Appends {@code count} Zipf-distributed words, space separated, to {@code out}. */
  void appendWords(StringBuilder out, SplittableRandom random, int count) {
    for (int i = 0; i < count; i++) {
      if (i > 0) out.append(' ');
      out.append(sample(random));
    }
  }

  /** True for a generated pseudo-word (neither a function word nor a conflict word). */
  public boolean isPseudoWord(String word) {
    return !FUNCTION_WORDS.contains(word) && !CONFLICT_WORDS.contains(word);
  }
}
