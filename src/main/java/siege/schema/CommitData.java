package siege.schema;

/** Keys of the commit user data the indexer records and the server reads. */
public final class CommitData {
  /** {@link SchemaVersion} of the index layout. */
  public static final String SCHEMA_VERSION = "schema_version";
  /** Build time, ISO-8601 instant. */
  public static final String BUILD_TIME = "build_time";
  /** SHA-256 over the corpus files' names and contents. */
  public static final String CORPUS_FINGERPRINT = "corpus_fingerprint";
  /** Actor aliases known at build time (JSON: canonical -> alias spellings), for query analysis. */
  public static final String ACTOR_ALIASES = "actor_aliases";

  /** {@code siege.index.CorpusManifest} as JSON: corpus file name -> SHA-256 of its content. */
  public static final String CORPUS_FILES = "corpus_files";
  /** SHA-256 of the actor alias sets the events were resolved with (re-extract all when it changes). */
  public static final String ACTOR_FINGERPRINT = "actor_fingerprint";

  /**
   * SHA-256 of the thesaurus files the concept terms of the text field were made from (a changed
   * thesaurus means a rebuild).
   */
  public static final String THESAURUS_FINGERPRINT = "thesaurus_fingerprint";

  /**
   * {@code siege.index.CorpusStamps} as JSON: corpus file name -> size and modification time of
   * the file as indexed, so a start can see that nothing changed without reading the corpus.
   */
  public static final String CORPUS_STAMPS = "corpus_stamps";

  private CommitData() {}
}
