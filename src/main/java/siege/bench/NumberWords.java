package siege.bench;

import java.util.SplittableRandom;

/** Casualty and crowd numbers as reports write them: small ones often in words, large in digits. */
final class NumberWords {
  private static final String[] WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"
  };
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

  private NumberWords() {}

  /** {@code n} in words when it has a short spelling and the coin says so, else in digits. */
  static String number(int n, SplittableRandom r) {
    if (n <= 20 && r.nextInt(10) < 6) return WORDS[n];
    if (n >= 20 && n < 100 && n % 10 == 0 && r.nextBoolean()) return TENS[n / 10];
    return digits(n);
  }

  /** Digits with thousands separators, as in "33,000". */
  static String digits(int n) {
    String plain = Integer.toString(n);
    if (n < 1000 && n > -1000) return plain;
    StringBuilder sb = new StringBuilder(plain.length() + 4);
    int head = (plain.length() - (n < 0 ? 1 : 0)) % 3;
    int start = n < 0 ? 1 : 0;
    if (n < 0) sb.append('-');
    if (head == 0) head = 3;
    sb.append(plain, start, start + head);
    for (int i = start + head; i < plain.length(); i += 3) sb.append(',').append(plain, i, i + 3);
    return sb.toString();
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A casualty count: mostly small, sometimes dozens, rarely hundreds. */
  static int casualties(SplittableRandom r) {
    int x = r.nextInt(100);
    if (x < 70) return 1 + r.nextInt(12);
    if (x < 95) return 10 + r.nextInt(60);
    return 80 + r.nextInt(400);
  }
}
