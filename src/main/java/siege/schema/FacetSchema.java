package siege.schema;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The one {@link FacetsConfig} of the index. Every facet is a flat sorted-set doc-values facet (no
 * taxonomy index); actor and tag are multi-valued. Indexing and search must use the same config,
 * so it is only ever built here.
 */
public final class FacetSchema {
  /** Facet dimensions, in the order the API lists them. */
  public static final List<String> DIMS =
      List.of(
          Fields.MONTH,
          Fields.ACTOR,
          Fields.EVENT_TYPE,
          Fields.SUB_EVENT_TYPE,
          Fields.TAG,
          Fields.REPORT,
          Fields.SOURCE_FILE);

  private static final FacetsConfig CONFIG = build();

  private FacetSchema() {}

  /** The shared config. Do not modify it. */
  public static FacetsConfig config() {
    return CONFIG;
  }

  private static FacetsConfig build() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.ACTOR, true);
    config.setMultiValued(Fields.TAG, true);
    return config;
  }
}
