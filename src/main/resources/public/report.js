// The report page /reports/{id}: infobox, sections and paragraphs, event records marked by date
// inside their paragraphs (or listed beside when their sentence cannot be found), and the
// #e9 / #p3 anchors of search hits, scrolled to and highlighted.
import { el, formatDate, localId, getJson } from './common.js';

const $ = (id) => document.getElementById(id);

function reportIdFromPath() {
  const match = location.pathname.match(/^\/reports\/([^/]+)\/?$/);
  if (!match) return null;
  try { return decodeURIComponent(match[1]); } catch (e) { return null; }
}

function typeText(event) {
  return [event.event_type, event.sub_event_type].filter(Boolean).join(' › ') || (event.tags || []).join(', ');
}

/** A short name for an event: its sub-event type, or its siege tag when the sub-type is only "Other". */
function eventName(event) {
  const tag = (event.tags || [])[0];
  const sub = event.sub_event_type && event.sub_event_type !== 'Other' ? event.sub_event_type : null;
  const name = sub || (tag ? tag.charAt(0).toUpperCase() + tag.slice(1) : null) || event.event_type || 'Event';
  return name;
}

function dateBadge(event) {
  const precision = event.date_precision || (event.date ? 'day' : 'none');
  if (!event.date || precision === 'none') return el('span', { class: 'event-date undated' }, 'Undated');
  return el('time', { class: 'event-date', datetime: event.date }, formatDate(event.date, precision));
}

/**
 * Splits a paragraph's text into text nodes and event spans. Each event's text (a sentence, or a
 * clause of one) is looked up in the paragraph wherever it is, whatever order the API listed the
 * events in (by date, undated last); an event whose text overlaps one already placed takes the
 * next occurrence. Events not found are returned.
 */
function paragraphWithEvents(paragraph, events) {
  const text = paragraph.text || '';
  const p = el('p', { id: localId(paragraph.id) || null, tabindex: '-1' });
  const placed = [];
  const missing = [];
  for (const event of [...events].sort(byDocumentOrder)) {
    const sentence = (event.text || '').trim();
    let at = sentence ? text.indexOf(sentence) : -1;
    while (at >= 0 && placed.some((o) => at < o.end && at + sentence.length > o.start)) {
      at = text.indexOf(sentence, at + 1);
    }
    if (at < 0) { missing.push(event); continue; }
    placed.push({ event, start: at, end: at + sentence.length });
  }
  placed.sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const { event, start, end } of placed) {
    if (start > cursor) p.append(document.createTextNode(text.slice(cursor, start)));
    p.append(el('span', {
      class: 'event', id: localId(event.id) || null, tabindex: '-1',
      title: [typeText(event), (event.actors || []).join('; ')].filter(Boolean).join(' — ') || null,
    }, dateBadge(event), text.slice(start, end)));
    cursor = end;
  }
  if (cursor < text.length) p.append(document.createTextNode(text.slice(cursor)));
  return { node: p, missing };
}

/** Orders event ids e2 < e10 (the extractor numbers a report's events in reading order). */
function byDocumentOrder(a, b) {
  const n = (e) => { const m = /^e(\d+)$/.exec(localId(e.id)); return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER; };
  return n(a) - n(b);
}

/** Events grouped by section, in order, so each paragraph only looks at its own section's events. */
function eventsBySection(events) {
  const map = new Map();
  for (const e of events) {
    const key = e.section || '';
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(e);
  }
  return map;
}

function renderReport(view) {
  document.title = `${view.title} – Siege Search`;
  const main = $('report');
  main.replaceChildren();
  main.append(el('h1', null, view.title || view.id));
  if (view.source_file) main.append(el('p', { class: 'source' }, 'Source file: ', el('code', null, view.source_file)));

  const infobox = Object.entries(view.infobox || {});
  if (infobox.length) {
    main.append(el('table', { class: 'infobox' },
      el('caption', null, 'Infobox'),
      el('tbody', null, infobox.map(([key, value]) => el('tr', null, el('th', { scope: 'row' }, key), el('td', null, value))))));
  }

  const pending = eventsBySection(view.events || []);
  const unplaced = [];
  let section = null;
  for (const paragraph of view.paragraphs || []) {
    const name = paragraph.section || '';
    if (name !== section) {
      const [head, sub] = name.split(' / ');
      const [prevHead] = (section || '').split(' / ');
      if (head && head !== prevHead) main.append(el('h2', null, head));
      if (sub) main.append(el('h3', null, name.split(' / ').slice(1).join(' / ')));
      section = name;
    }
    const candidates = pending.get(name) || [];
    const { node, missing } = paragraphWithEvents(paragraph, candidates);
    // events not found in this paragraph stay pending for the next paragraphs of the section
    pending.set(name, missing);
    main.append(node);
  }
  for (const rest of pending.values()) unplaced.push(...rest);
  renderEventList(view.events || [], new Set(unplaced.map((e) => e.id)));
  main.removeAttribute('aria-busy');
}

function renderEventList(events, unplaced) {
  const list = $('event-list');
  list.replaceChildren();
  const sorted = [...events].sort((a, b) => String(a.date || '9999').localeCompare(String(b.date || '9999')));
  for (const event of sorted) {
    const local = localId(event.id);
    const inline = !unplaced.has(event.id);
    const name = eventName(event);
    const actors = (event.actors || []).join('; ');
    list.append(el('li', { id: inline ? null : local || null, tabindex: inline ? null : '-1' },
      dateBadge(event), ' ',
      inline ? el('a', { href: `#${encodeURIComponent(local)}` }, name) : el('strong', null, name),
      actors ? el('span', { class: 'type' }, actors) : null,
      el('span', { class: inline ? 'excerpt' : 'excerpt full' }, event.text || '')));
  }
  $('events').hidden = events.length === 0;
}

/** Scrolls to the element named by the URL fragment, highlights it and gives it focus. */
function showTarget() {
  document.querySelectorAll('.is-target').forEach((n) => n.classList.remove('is-target'));
  let id;
  try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return;
  target.classList.add('is-target');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

async function start() {
  const id = reportIdFromPath();
  const main = $('report');
  if (!id) {
    main.replaceChildren(el('h1', null, 'No such page'), el('p', null, 'The address does not name a report.'));
    main.removeAttribute('aria-busy');
    return;
  }
  try {
    const view = await getJson(`/api/reports/${encodeURIComponent(id)}`);
    renderReport(view);
    // the report was built after the page loaded: navigate to the fragment again so that the
    // browser sets :target on the element that now exists (same-document, no reload)
    if (location.hash) location.replace(location.href);
    showTarget();
  } catch (error) {
    main.removeAttribute('aria-busy');
    const title = error.kind === 'not_found' ? 'Report not found' : 'The report could not be loaded';
    const text = error.kind === 'unreachable' ? 'The search server cannot be reached. Check your connection and reload the page.' : error.message;
    main.replaceChildren(el('h1', null, title), el('p', { class: 'message error' }, text), el('p', null, el('a', { href: '/' }, 'Back to the search')));
    document.title = `${title} – Siege Search`;
  }
}

window.addEventListener('hashchange', showTarget);
start();
