package siege.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** Test helper: the tokens an analyser produces, with positions and position lengths. */
record Tokens(List<Token> tokens) {

  record Token(String term, int position, int positionLength) {
    @Override
    public String toString() {
      return term + "@" + position + (positionLength == 1 ? "" : "/" + positionLength);
    }
  }

  static Tokens of(Analyzer analyzer, String field, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(new Token(term.toString(), pos, len.getPositionLength()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tokens(out);
  }

  List<String> terms() {
    return tokens.stream().map(Token::term).toList();
  }

  /** Terms starting at a position (the alternatives a graph offers there). */
  List<String> termsAt(int position) {
    return tokens.stream().filter(t -> t.position() == position).map(Token::term).toList();
  }

  @Override
  public String toString() {
    return tokens.toString();
  }
}
