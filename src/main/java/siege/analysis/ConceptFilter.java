package siege.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds a concept term ({@link Concepts}) after every word that starts a member of a thesaurus
 * group: at the same position (increment 0, length 1, so the stream stays flat and indexable) and
 * with the offsets of the whole member, so a highlighter marks "mortar fire" where the concept of
 * "shelling" matched. Every member starting at a word counts, not only the longest ("aerial
 * bombardment" is an air strike and, through "bombardment", shelling too, as query-time expansion
 * found it); a concept is added once per position.
 */
public final class ConceptFilter extends TokenFilter {
  /** The token type of concept terms. */
  public static final String TYPE = "CONCEPT";

  private final Concepts concepts;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  /** Words read from the input and not yet passed on (the look-ahead of multi-word members). */
  private final List<Word> ahead = new ArrayList<>();
  /** Concept terms still to add at the word just passed on. */
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private boolean exhausted;

  private record Word(State state, String text, int start, int end, int increment) {}

  private record Pending(State state, String concept, int start, int end) {}

  public ConceptFilter(TokenStream input, Concepts concepts) {
    super(input);
    this.concepts = concepts;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      Pending p = pending.poll();
      restoreState(p.state());
      term.setEmpty().append(p.concept());
      increment.setPositionIncrement(0);
      length.setPositionLength(1);
      offset.setOffset(p.start(), p.end());
      type.setType(TYPE);
      return true;
    }
    Word word = peek(0);
    if (word == null) return false;
    ahead.remove(0);
    findMembers(word); // reads ahead: the word's own attributes are restored after
    restoreState(word.state());
    return true;
  }

  /** Queues the concepts of every member that starts at {@code word}, each concept once. */
  private void findMembers(Word word) throws IOException {
    List<Concepts.Member> candidates = concepts.startingWith(word.text());
    if (candidates.isEmpty()) return;
    // concept -> end offset of its longest member here
    Map<String, Integer> found = new LinkedHashMap<>();
    for (Concepts.Member m : candidates) {
      int end = matchEnd(word, m.terms());
      if (end < 0) continue;
      for (String c : m.concepts()) found.merge(c, end, Math::max);
    }
    found.forEach((c, end) -> pending.add(new Pending(word.state(), c, word.start(), end)));
  }

  /** The end offset of {@code member} read from {@code first} on, or -1 when the text differs. */
  private int matchEnd(Word first, List<String> member) throws IOException {
    int end = first.end();
    for (int i = 1; i < member.size(); i++) {
      Word next = peek(i - 1);
      if (next == null || next.increment() != 1 || !next.text().equals(member.get(i))) return -1;
      end = next.end();
    }
    return end;
  }

  /** The {@code i}-th word after the current one (0: the next), reading ahead; null at the end. */
  private Word peek(int i) throws IOException {
    while (ahead.size() <= i) {
      if (exhausted || !input.incrementToken()) {
        exhausted = true;
        return null;
      }
      ahead.add(new Word(captureState(), term.toString(), offset.startOffset(), offset.endOffset(),
          increment.getPositionIncrement()));
    }
    return ahead.get(i);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.clear();
    pending.clear();
    exhausted = false;
  }
}
