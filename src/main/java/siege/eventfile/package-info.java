/**
 * Event files: import ACLED-layout CSV and our JSON Lines as {@link siege.model.EventRecord}s, and
 * export records in both formats.
 *
 * <h2>Reading</h2>
 *
 * {@link siege.eventfile.EventFiles#read} (or {@link siege.eventfile.EventFiles#forEachEvent} to
 * stream a large file) first checks the whole file in one bounded pass (strict UTF-8, no NUL byte,
 * not blank; same messages as {@link siege.corpus.TextFiles}), then parses it row by row. A bad row
 * becomes a {@link siege.corpus.CorpusException} {@code file:line: what is wrong: what was
 * expected} (line = the physical line where the record starts) and is skipped; a file that cannot
 * be read at all throws.
 *
 * <p>Every record: id {@code <file-id>#<event_id_cnty>} ({@code <file-id>#line-<n>} without one;
 * duplicates are bad rows), reportId = file id, reportTitle = sourceFile = file name, section "",
 * paragraph -1.
 *
 * <h2>ACLED columns (CSV)</h2>
 *
 * Found by header name in any order and case; a UTF-8 BOM, quoted commas, doubled quotes and
 * multi-line values are read by commons-csv. Required: {@code event_date}.
 *
 * <ul>
 *   <li>event_date: 2023-09-21, 2023/09/21, 21 September 2023, 21-Sep-2023, September 21, 2023,
 *       21/09/2023 when day and month cannot be swapped (03/04/2023 is refused as ambiguous),
 *       2023-09 and September 2023 (month), 2023 (year). time_precision 1 and 2 keep the day (2
 *       is remembered as extra {@code acled_time_precision} for the export), 3 makes it a month;
 *       our own optional {@code date_precision} column (day/month/year/none) overrides it, and
 *       "none" allows an empty date.
 *   <li>actors: actor1, actor2, assoc_actor_1, assoc_actor_2 in that order (principal actors
 *       first), cells split on ";", each through {@link siege.extract.ActorDirectory#canonical};
 *       a trailing acronym "(JNIM)" or lower-case remark "(alleged by JNIM)" is dropped,
 *       qualifiers such as "(Mali)" or "(2021-)" are kept; duplicates dropped.
 *   <li>event_type, sub_event_type: {@link siege.model.Taxonomy}'s spelling; unknown values kept
 *       as given; a known sub-type fills a missing type; the file's spelling is kept in extra
 *       ({@code acled_event_type}, {@code acled_sub_event_type}) only when it differs from ours.
 *   <li>fatalities -> killed (blank = null); our optional {@code injured} column -> injured.
 *   <li>location -> place, else admin1; notes -> text (line breaks as "\n"); source; tags split
 *       on ";".
 *   <li>every other non-empty cell (latitude, admin1..3, iso, interaction, unknown columns ...)
 *       -> extra under its header name; year is derived from the date and not kept.
 * </ul>
 *
 * <h2>JSON Lines</h2>
 *
 * One object per line in the API hit's names: {@code id, date, date_precision, actors (array or
 * ";"-separated string), event_type, sub_event_type, tags, killed, injured, place, text, source};
 * {@code date_precision} is inferred from the date's form when absent and may coarsen it; any
 * other key goes to extra (an {@code "extra": {...}} object is merged). Keys saying where a record
 * lived ({@code kind, report, report_title, section, source_file, month, snippet, score}) are
 * ignored: the imported file is the record's home. A given id is prefixed with the file id unless
 * it already starts with it.
 *
 * <h2>Writing</h2>
 *
 * {@link siege.eventfile.EventWriter}: {@link siege.eventfile.AcledCsvWriter} (ACLED's 31 columns,
 * then {@code date_precision}, {@code injured} and any extra columns asked for) and {@link
 * siege.eventfile.JsonLinesWriter}. Reading an export back gives the same events (tested); the
 * choices that make it so are listed on {@link siege.eventfile.AcledCsvWriter}.
 */
package siege.eventfile;
