package siege.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The chain of the analysed text fields: Unicode word tokens, possessives dropped ("JNIM's" ->
 * "jnim"), lower case, accents folded ("Goïta" -> "goita"), then optionally the light KStem
 * stemmer ("shelled", "shelling" -> "shell") and optionally query-time synonyms.
 *
 * <p>Synonyms come last, after stemming when there is stemming: the synonym map must be built
 * with {@link #withoutSynonyms() the same chain without synonyms} so that rule words are
 * normalised exactly like query words ("car bombs" then matches the rule "car bomb").
 * SynonymGraphFilter produces a token graph; this analyser is for query parsing only when it has
 * synonyms (indexing a graph would need FlattenGraphFilter, which we do not use). At index time
 * the text field instead gets the concept terms of the thesaurus groups ({@link ConceptFilter},
 * a flat stream).
 */
public final class TextAnalyzer extends Analyzer {
  private final boolean stem;
  private final SynonymMap synonyms;
  private final Concepts concepts;

  private TextAnalyzer(boolean stem, SynonymMap synonyms, Concepts concepts) {
    this.stem = stem;
    this.synonyms = synonyms;
    this.concepts = concepts;
  }

  /** The stemmed chain of TEXT, TITLE, SECTION and PLACE. */
  public static TextAnalyzer stemmed() {
    return new TextAnalyzer(true, null, null);
  }

  /** The unstemmed chain of TEXT_EXACT. */
  public static TextAnalyzer exact() {
    return new TextAnalyzer(false, null, null);
  }

  /** This chain followed by a SynonymGraphFilter over {@code map} (query time only). */
  public TextAnalyzer withSynonyms(SynonymMap map) {
    return new TextAnalyzer(stem, map, concepts);
  }

  /**
   * This chain followed by a {@link ConceptFilter} (index time, the text field only): the concept
   * term of a thesaurus group is added wherever a member is written. {@code concepts} must have
   * been analysed with this chain.
   */
  public TextAnalyzer withConcepts(Concepts concepts) {
    return new TextAnalyzer(stem, synonyms, concepts);
  }

  /** This chain without its synonyms and concepts: the chain synonym rules must be analysed with. */
  public TextAnalyzer withoutSynonyms() {
    return synonyms == null && concepts == null ? this : new TextAnalyzer(stem, null, null);
  }

  public boolean isStemmed() {
    return stem;
  }

  public boolean hasSynonyms() {
    return synonyms != null;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream ts = new EnglishPossessiveFilter(source);
    ts = new LowerCaseFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    if (stem) ts = new KStemFilter(ts);
    if (synonyms != null && synonyms.fst != null) ts = new SynonymGraphFilter(ts, synonyms, true);
    if (concepts != null) ts = new ConceptFilter(ts, concepts);
    return new TokenStreamComponents(source, ts);
  }

  /** Normalisation of wildcard, prefix and fuzzy terms: lower case and folding, no stemming. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  @Override
  public String toString() {
    return "TextAnalyzer(" + (stem ? "stemmed" : "exact") + (synonyms != null ? ", synonyms" : "")
        + (concepts != null ? ", concepts" : "") + ")";
  }
}
