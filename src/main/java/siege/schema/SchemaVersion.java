package siege.schema;

/**
 * Version of the index layout. Bump it whenever fields, analysis or stored values change, so an
 * index built by an older version is rebuilt instead of answering wrongly.
 */
public final class SchemaVersion {
  /**
   * 2: the text field holds the concept terms of the thesaurus groups and no offsets; report
   * documents do not store their whole text; stored fields in {@link IndexCodec}'s chunks.
   */
  public static final int CURRENT = 2;

  private SchemaVersion() {}
}
