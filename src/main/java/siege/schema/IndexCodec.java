package siege.schema;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec the index is written with: Lucene's default but for the stored fields, which are
 * compressed with high-compression LZ4 ({@link CompressionMode#FAST_DECOMPRESSION}) in chunks of
 * {@link #CHUNK_BYTES}. A chunk is one LZ4 stream, so a paragraph's event sentences, stored right
 * after it, cost little more than references to it; reading a document decompresses at most one
 * chunk (LZ4 decompression is as fast as for the default format). Found by name through Java's
 * service loader ({@code META-INF/services/org.apache.lucene.codecs.Codec}) when an index is
 * opened.
 */
public final class IndexCodec extends FilterCodec {
  /** The codec's name, recorded in every segment. */
  public static final String NAME = "Siege912";
  static final int CHUNK_BYTES = 48 * 1024;
  private static final int MAX_DOCS_PER_CHUNK = 1024;
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "SiegeStoredFields", CompressionMode.FAST_DECOMPRESSION, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

  /** Public no-argument constructor for the service loader. */
  public IndexCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
