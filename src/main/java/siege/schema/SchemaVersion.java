package siege.schema;

/**
 * Version of the index layout. Bump it whenever fields, analysis or stored values change, so an
 * index built by an older version is rebuilt instead of answering wrongly.
 */
public final class SchemaVersion {
  public static final int CURRENT = 2;

  private SchemaVersion() {}
}
