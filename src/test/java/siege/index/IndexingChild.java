package siege.index;

import java.nio.file.Path;

/**
 * Runs one indexing run in its own JVM, for {@link KillDuringIndexingTest}: {@code update} or
 * {@code rebuild} of corpus {@code args[1]} into index {@code args[2]}. Prints "started" when the
 * run begins and "done" when its commit is made, so the parent can kill it in between.
 */
public final class IndexingChild {
  private IndexingChild() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[1]);
    Path index = Path.of(args[2]);
    CorpusIndexer indexer = new CorpusIndexer();
    System.out.println("started");
    System.out.flush();
    if (args[0].equals("rebuild")) indexer.rebuild(corpus, index);
    else indexer.update(corpus, index);
    System.out.println("done");
    System.out.flush();
  }
}
