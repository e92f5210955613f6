package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import siege.schema.Fields;

class HighlightQueryTest {
  static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  @Test
  void keepsTheTextLeavesAsOptionalClausesAndDropsTheRest() {
    Query shell = term(Fields.TEXT, "shell");
    Query carBomb = new PhraseQuery(Fields.TEXT, "car", "bomb");
    Query q = new BooleanQuery.Builder()
        .add(new DisjunctionMaxQuery(List.of(shell, new BoostQuery(term(Fields.TITLE, "shell"), 0.7f),
            new ConstantScoreQuery(term(Fields.ACTOR, "JNIM"))), 0.1f), Occur.MUST)
        .add(new BoostQuery(carBomb, 0.6f), Occur.MUST)
        .add(term(Fields.TEXT_EXACT, "shelling"), Occur.SHOULD)
        .add(term(Fields.TEXT, "mortar"), Occur.MUST_NOT)
        .build();
    Query h = HighlightQuery.on(Fields.TEXT, q);
    assertThat(h).isEqualTo(new BooleanQuery.Builder().add(shell, Occur.SHOULD).add(carBomb, Occur.SHOULD).build());
  }

  @Test
  void nothingOnTheFieldIsNull() {
    assertThat(HighlightQuery.on(Fields.TEXT, term(Fields.TITLE, "timbuktu"))).isNull();
    assertThat(HighlightQuery.on(Fields.TEXT, new ConstantScoreQuery(term(Fields.MONTH, "2023-09")))).isNull();
    assertThat(HighlightQuery.on(Fields.TEXT, term(Fields.TEXT, "shell"))).isEqualTo(term(Fields.TEXT, "shell"));
  }
}
