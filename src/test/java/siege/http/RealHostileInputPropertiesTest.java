package siege.http;

/**
 * The hostile-input property against the real index: the query parser, analyzers, facets and
 * highlighter see every random and hostile query, and none gets a 5xx.
 */
class RealHostileInputPropertiesTest extends HostileInputProperties {
  @Override
  TestServer t() {
    return RealIndex.get().server;
  }
}
