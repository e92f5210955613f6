// The search page: state in the URL, search box with suggestions (WAI-ARIA combobox), results,
// facet sidebar with a month timeline, chips, paging, sort. No framework, no dependencies.
import {
  el, snippetFragment, formatDate, formatMonth, hitHref, casualties, getJson, asQuery,
} from './common.js';

const PAGE_SIZE = 10;
const LIST_FACETS = [
  { key: 'actor', label: 'Actor' },
  { key: 'event_type', label: 'Event type' },
  { key: 'sub_event_type', label: 'Sub-event type' },
  { key: 'tag', label: 'Tag' },
  { key: 'report', label: 'Report' },
];
const FILTER_KEYS = ['month', ...LIST_FACETS.map((f) => f.key)];
const FILTER_LABELS = { month: 'Month', ...Object.fromEntries(LIST_FACETS.map((f) => [f.key, f.label])) };
const SORTS = ['relevance', 'date', '-date'];
const FACET_PREVIEW = 8;
const SNIPPET_FALLBACK_CHARS = 320; // a hit without a server snippet shows this much of its text
const MAX_TIMELINE_GAP_FILL = 120; // months: longer spans show only months that have results
const DENSE_TIMELINE = 12; // more bars than this: thin bars, year labels only

const $ = (id) => document.getElementById(id);
const reportTitles = new Map(); // report id -> title, learned from hits
const expandedFacets = new Set();
let state = readState(location.search);
let searchController = null;

// ---- state <-> URL -------------------------------------------------------------------------

function readState(search) {
  const p = new URLSearchParams(search);
  const filters = {};
  for (const key of FILTER_KEYS) filters[key] = unique(p.getAll(key).filter((v) => v !== ''));
  const sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
  return { q: p.get('q') || '', filters, sort, page };
}

function unique(values) {
  return [...new Set(values)];
}

/** The query string of a state; the API takes the same parameter names as the page URL. */
function stateParams(s, { page = true } = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const key of FILTER_KEYS) for (const v of s.filters[key]) p.append(key, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (page && s.page > 1) p.set('page', String(s.page));
  return p;
}

function pageUrl(s) {
  const qs = stateParams(s).toString();
  return qs ? `/?${qs}` : '/';
}

function withState(changes) {
  const next = { ...state, filters: { ...state.filters }, page: 1, ...changes };
  if (changes.filters) next.filters = { ...state.filters, ...changes.filters };
  return next;
}

function navigate(next, { push = true, focusResults = false } = {}) {
  state = next;
  if (push) history.pushState(null, '', pageUrl(state));
  runSearch({ focusResults });
}

window.addEventListener('popstate', () => {
  state = readState(location.search);
  closeSuggestions();
  runSearch();
});

// ---- search --------------------------------------------------------------------------------

async function runSearch({ focusResults = false } = {}) {
  syncControls();
  if (searchController) searchController.abort();
  const controller = new AbortController();
  searchController = controller;
  const params = stateParams(state);
  params.set('size', String(PAGE_SIZE));
  document.body.classList.add('busy');
  $('results').setAttribute('aria-busy', 'true');
  try {
    const answer = await getJson(`/api/search?${params}`, controller.signal);
    if (controller !== searchController) return;
    renderAnswer(answer);
  } catch (error) {
    if (error.name === 'AbortError' || controller !== searchController) return;
    renderError(error);
  } finally {
    if (controller === searchController) {
      document.body.classList.remove('busy');
      $('results').removeAttribute('aria-busy');
    }
  }
  if (focusResults) $('results').focus();
}

function syncControls() {
  const input = $('q');
  if (document.activeElement !== input || input.value.trim() !== state.q) input.value = state.q;
  $('sort').value = state.sort;
  const csv = stateParams(state, { page: false });
  csv.set('format', 'csv');
  $('csv').href = `/api/export?${csv}`;
  document.title = state.q ? `${state.q} – Siege Search` : 'Siege Search';
  renderChips();
}

function renderAnswer(answer) {
  for (const hit of answer.hits || []) if (hit.report && hit.report_title) reportTitles.set(hit.report, hit.report_title);
  const facets = answer.facets || {};
  renderTimeline(facets.month || []);
  renderFacetLists(facets);
  renderChips();
  renderHits(answer.hits || []);
  renderPager(answer.total || 0, answer.page || state.page, answer.size || PAGE_SIZE);
  renderStatus(answer);
  renderEmpty(answer);
}

function renderStatus(answer) {
  const total = answer.total || 0;
  const size = answer.size || PAGE_SIZE;
  const page = answer.page || state.page;
  const what = state.q ? ` for “${state.q}”` : '';
  let text;
  if (total === 0) text = `No results${what}.`;
  else {
    const first = (page - 1) * size + 1;
    const last = Math.min(total, first + (answer.hits || []).length - 1);
    text = `${total} result${total === 1 ? '' : 's'}${what}` + (total > size ? `, showing ${first}–${last}` : '') + '.';
  }
  $('status').textContent = text;
}

function renderEmpty(answer) {
  const box = $('message');
  box.replaceChildren();
  box.className = 'message';
  if ((answer.total || 0) > 0) { box.hidden = true; return; }
  box.hidden = false;
  box.classList.add('empty');
  box.append(el('p', null, state.q ? `Nothing matches “${state.q}”` : 'Nothing matches', hasFilters() ? ' with the selected filters.' : '.'));
  if (answer.did_you_mean) {
    const link = el('a', { href: pageUrl(withState({ q: answer.did_you_mean })), class: 'did-you-mean' }, answer.did_you_mean);
    link.addEventListener('click', (e) => {
      e.preventDefault();
      navigate(withState({ q: answer.did_you_mean }));
    });
    box.append(el('p', null, 'Did you mean ', link, '?'));
  }
  if (hasFilters()) {
    box.append(el('p', null, el('button', { type: 'button', onclick: clearFilters }, 'Remove all filters')));
  }
}

function renderError(error) {
  $('hits').replaceChildren();
  $('pager').replaceChildren();
  const box = $('message');
  box.replaceChildren();
  box.hidden = false;
  box.className = 'message error';
  if (error.kind === 'unreachable') {
    $('status').textContent = 'The search server cannot be reached.';
    box.append(el('p', null, 'The search server cannot be reached. Check your connection, then try again.'),
      el('p', null, el('button', { type: 'button', onclick: () => runSearch() }, 'Try again')));
  } else if (error.kind === 'bad_request') {
    $('status').textContent = 'The search could not be run.';
    box.append(el('p', null, el('strong', null, 'This search could not be run: '), error.message));
  } else {
    $('status').textContent = 'The search failed.';
    box.append(el('p', null, `The server could not answer (${error.message}). Try again in a moment.`),
      el('p', null, el('button', { type: 'button', onclick: () => runSearch() }, 'Try again')));
  }
}

function hasFilters() {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

function clearFilters() {
  navigate(withState({ filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) }));
}

// ---- results -------------------------------------------------------------------------------

function renderHits(hits) {
  $('hits').replaceChildren(...hits.map(renderHit));
}

function renderHit(hit) {
  const facts = el('dl', { class: 'facts' });
  const fact = (name, value) => { if (value) facts.append(el('div', null, el('dt', null, name), el('dd', null, value))); };
  fact('Actors', (hit.actors || []).join('; '));
  const type = [hit.event_type, hit.sub_event_type].filter(Boolean).join(' › ');
  fact('Type', type);
  fact('Tags', (hit.tags || []).join(', '));
  fact('Casualties', casualties(hit));
  fact('Place', hit.place);

  // events carry a date precision (undated events say so); paragraphs and reports have none
  const precision = hit.date_precision || (hit.date ? 'day' : 'none');
  const date = hit.date && precision !== 'none'
    ? el('time', { datetime: hit.date, class: 'date', title: precision === 'day' ? null : `Only the ${precision} is known` },
      formatDate(hit.date, precision))
    : hit.kind === 'event' ? el('span', { class: 'date undated' }, 'Undated') : null;
  const title = hit.report_title || hit.report || hit.id;
  const where = hit.kind === 'report' ? '' : hit.section ? ` — ${hit.section}` : '';
  const snippet = el('p', { class: 'snippet' });
  if (hit.snippet) snippet.append(snippetFragment(hit.snippet));
  else snippet.textContent = shorten(hit.text || '', SNIPPET_FALLBACK_CHARS);

  return el('li', { class: `hit kind-${hit.kind || 'event'}` },
    el('div', { class: 'hit-meta' },
      date,
      el('span', { class: 'kind' }, hit.kind || 'event')),
    el('h3', { class: 'hit-title' }, el('a', { href: hitHref(hit) }, title), el('span', { class: 'section' }, where)),
    snippet,
    facts.childElementCount ? facts : null);
}

/** The text cut at a word boundary near max characters, with an ellipsis when cut. */
function shorten(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function renderPager(total, page, size) {
  const pager = $('pager');
  const last = Math.max(1, Math.ceil(total / size));
  pager.replaceChildren();
  if (last <= 1) return;
  const link = (p, text, extra = {}) => {
    const a = el('a', { href: pageUrl({ ...state, page: p }), ...extra }, text);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      navigate({ ...state, page: p }, { focusResults: true });
    });
    return a;
  };
  const list = el('ul');
  if (page > 1) list.append(el('li', null, link(page - 1, 'Previous', { rel: 'prev' })));
  const pages = new Set([1, last]);
  for (let p = Math.max(1, page - 2); p <= Math.min(last, page + 2); p++) pages.add(p);
  let previous = 0;
  for (const p of [...pages].sort((a, b) => a - b)) {
    if (p - previous > 1) list.append(el('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    list.append(el('li', null, p === page
      ? el('span', { class: 'current', 'aria-current': 'page' }, `Page ${p}`)
      : link(p, String(p), { 'aria-label': `Page ${p}` })));
    previous = p;
  }
  if (page < last) list.append(el('li', null, link(page + 1, 'Next', { rel: 'next' })));
  pager.append(list);
}

// ---- chips ---------------------------------------------------------------------------------

function filterLabel(key, value) {
  if (key === 'month') return formatMonth(value);
  if (key === 'report') return reportTitles.get(value) || value;
  return value;
}

function renderChips() {
  const chips = $('chips');
  const focusKey = focusedKey(chips);
  chips.replaceChildren();
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key]) {
      const label = `${FILTER_LABELS[key]}: ${filterLabel(key, value)}`;
      chips.append(el('li', null, el('button', {
        type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}`,
        'data-focus-key': `chip:${key}:${value}`,
        onclick: () => toggleFilter(key, value, false),
      }, el('span', null, label), el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'))));
    }
  }
  if (chips.childElementCount > 1) {
    chips.append(el('li', null, el('button', { type: 'button', class: 'chip clear', onclick: clearFilters }, 'Clear all filters')));
  }
  restoreFocus(chips, focusKey);
}

function toggleFilter(key, value, on) {
  const current = state.filters[key];
  const next = on ? unique([...current, value]) : current.filter((v) => v !== value);
  navigate(withState({ filters: { [key]: next } }));
}

/** The data-focus-key of the focused element when it is inside container. */
function focusedKey(container) {
  const active = document.activeElement;
  return active && container.contains(active) ? active.getAttribute('data-focus-key') : null;
}

function restoreFocus(container, key) {
  if (!key) return;
  const target = [...container.querySelectorAll('[data-focus-key]')].find((n) => n.getAttribute('data-focus-key') === key);
  if (target) target.focus();
  else if (!container.contains(document.activeElement)) container.closest('[tabindex]')?.focus();
}

// ---- facet lists ---------------------------------------------------------------------------

function renderFacetLists(facets) {
  const container = $('facet-lists');
  const focusKey = focusedKey(container);
  container.replaceChildren();
  for (const { key, label } of LIST_FACETS) {
    const values = [...(facets[key] || [])];
    for (const selected of state.filters[key]) {
      if (!values.some((v) => v.value === selected)) values.push({ value: selected, count: 0 });
    }
    if (values.length === 0) continue;
    const expanded = expandedFacets.has(key);
    const shown = expanded ? values : values.slice(0, FACET_PREVIEW);
    const list = el('ul', { class: 'facet-values' });
    shown.forEach((v, i) => {
      const id = `facet-${key}-${i}`;
      const checked = state.filters[key].includes(v.value);
      const box = el('input', { type: 'checkbox', id, checked, 'data-focus-key': `facet:${key}:${v.value}` });
      box.addEventListener('change', () => toggleFilter(key, v.value, box.checked));
      list.append(el('li', null, box, el('label', { for: id },
        el('span', { class: 'facet-name' }, filterLabel(key, v.value)),
        el('span', { class: 'count' }, String(v.count)))));
    });
    const fieldset = el('fieldset', { class: 'facet' }, el('legend', null, label), list);
    if (values.length > FACET_PREVIEW) {
      fieldset.append(el('button', {
        type: 'button', class: 'link-button', 'aria-expanded': String(expanded),
        'data-focus-key': `more:${key}`,
        onclick: () => {
          if (expanded) expandedFacets.delete(key); else expandedFacets.add(key);
          renderFacetLists(facets);
        },
      }, expanded ? 'Show fewer' : `Show all ${values.length}`));
    }
    container.append(fieldset);
  }
  restoreFocus(container, focusKey);
}

// ---- timeline ------------------------------------------------------------------------------

let timelineMonths = []; // month strings in axis order, as currently drawn
let rangeAnchor = null; // month where a Shift+click range starts
let drag = null; // {start, end} indexes while dragging

function monthIndex(month) {
  const [y, m] = month.split('-').map((n) => parseInt(n, 10));
  return y * 12 + (m - 1);
}

function monthFromIndex(i) {
  const y = Math.floor(i / 12);
  return `${String(y).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Months to draw: every month between the first and last with a result (gaps as empty bars). */
function timelineAxis(values) {
  const counts = new Map(values.filter((v) => /^\d{4}-\d{2}$/.test(v.value)).map((v) => [v.value, v.count]));
  for (const m of state.filters.month) if (!counts.has(m) && /^\d{4}-\d{2}$/.test(m)) counts.set(m, 0);
  const months = [...counts.keys()].sort();
  if (months.length < 2) return months.map((m) => ({ month: m, count: counts.get(m) }));
  const first = monthIndex(months[0]);
  const last = monthIndex(months[months.length - 1]);
  if (last - first >= MAX_TIMELINE_GAP_FILL) return months.map((m) => ({ month: m, count: counts.get(m) }));
  const axis = [];
  for (let i = first; i <= last; i++) axis.push({ month: monthFromIndex(i), count: counts.get(monthFromIndex(i)) || 0 });
  return axis;
}

function renderTimeline(values) {
  const timeline = $('timeline');
  const focusKey = focusedKey(timeline);
  const axis = timelineAxis(values);
  timelineMonths = axis.map((a) => a.month);
  timeline.replaceChildren();
  if (axis.length === 0) {
    timeline.append(el('p', { class: 'help' }, 'No dated results.'));
    return;
  }
  const max = Math.max(1, ...axis.map((a) => a.count));
  const selected = new Set(state.filters.month);
  const focusIndex = Math.max(0, axis.findIndex((a) => selected.has(a.month)));
  const dense = axis.length > DENSE_TIMELINE;
  const bars = el('div', { class: dense ? 'bars dense' : 'bars' });
  axis.forEach(({ month, count }, i) => {
    const [y, m] = month.split('-');
    // a year label on one of the last thin bars would stick out past the sidebar
    const showYear = i === 0 || (m === '01' && !(dense && i >= axis.length - 3));
    const bar = el('button', {
      type: 'button', class: 'bar', 'data-month': month, 'data-index': String(i),
      'data-focus-key': `month:${month}`,
      'aria-pressed': String(selected.has(month)),
      'aria-label': `${formatMonth(month)}: ${count} result${count === 1 ? '' : 's'}`,
      title: `${formatMonth(month)}: ${count}`,
      tabindex: i === focusIndex ? '0' : '-1',
    },
    el('span', { class: 'bar-count', 'aria-hidden': 'true' }, count ? String(count) : ''),
    el('span', { class: 'bar-track', 'aria-hidden': 'true' }, el('span', { class: 'bar-fill' })),
    el('span', { class: 'bar-label', 'aria-hidden': 'true' }, formatMonth(month).slice(0, 3), showYear ? el('span', { class: 'bar-year' }, y) : null));
    bar.querySelector('.bar-fill').style.setProperty('--h', String(count / max));
    bars.append(bar);
  });
  timeline.append(bars);
  if (selected.size) {
    timeline.append(el('button', {
      type: 'button', class: 'link-button', 'data-focus-key': 'month:clear',
      onclick: () => navigate(withState({ filters: { month: [] } })),
    }, 'Clear months'));
  }
  restoreFocus(timeline, focusKey);
}

function selectMonthRange(fromIndex, toIndex) {
  const [a, b] = fromIndex <= toIndex ? [fromIndex, toIndex] : [toIndex, fromIndex];
  navigate(withState({ filters: { month: timelineMonths.slice(a, b + 1) } }));
}

function clickBar(bar, shift) {
  const month = bar.getAttribute('data-month');
  const index = Number(bar.getAttribute('data-index'));
  const anchor = rangeAnchor ? timelineMonths.indexOf(rangeAnchor) : -1;
  if (shift && anchor >= 0) {
    selectMonthRange(anchor, index);
    return;
  }
  rangeAnchor = month;
  toggleFilter('month', month, !state.filters.month.includes(month));
}

function barAt(x, y) {
  const node = document.elementFromPoint(x, y);
  return node && node.closest ? node.closest('#timeline .bar') : null;
}

function paintDrag() {
  const [a, b] = drag.start <= drag.end ? [drag.start, drag.end] : [drag.end, drag.start];
  for (const bar of $('timeline').querySelectorAll('.bar')) {
    const i = Number(bar.getAttribute('data-index'));
    bar.classList.toggle('in-range', i >= a && i <= b);
  }
}

function setupTimeline() {
  const timeline = $('timeline');
  timeline.addEventListener('click', (e) => {
    const bar = e.target.closest('.bar');
    if (bar && e.detail <= 1) clickBar(bar, e.shiftKey);
  });
  timeline.addEventListener('keydown', (e) => {
    const bar = e.target.closest('.bar');
    if (!bar) return;
    const bars = [...timeline.querySelectorAll('.bar')];
    const i = bars.indexOf(bar);
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(bars.length - 1, i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = bars.length - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && e.shiftKey) {
      e.preventDefault();
      clickBar(bar, true);
      return;
    }
    if (next < 0) return;
    e.preventDefault();
    bars.forEach((b, j) => b.setAttribute('tabindex', j === next ? '0' : '-1'));
    bars[next].focus();
  });
  timeline.addEventListener('pointerdown', (e) => {
    const bar = e.target.closest('.bar');
    if (!bar || e.button !== 0) return;
    const index = Number(bar.getAttribute('data-index'));
    drag = { start: index, end: index };
  });
  document.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const bar = barAt(e.clientX, e.clientY);
    if (!bar) return;
    const index = Number(bar.getAttribute('data-index'));
    if (index !== drag.end) {
      drag.end = index;
      timeline.classList.add('dragging');
      paintDrag();
    }
  });
  document.addEventListener('pointerup', () => {
    if (!drag) return;
    const { start, end } = drag;
    drag = null;
    timeline.classList.remove('dragging');
    if (start !== end) {
      rangeAnchor = timelineMonths[start];
      selectMonthRange(start, end);
    }
  });
  document.addEventListener('pointercancel', () => {
    drag = null;
    timeline.classList.remove('dragging');
  });
}

// ---- search box with suggestions (WAI-ARIA combobox) --------------------------------------

const SUGGEST_DELAY_MS = 150;
let suggestTimer = 0;
let suggestController = null;
let suggestions = [];
let activeSuggestion = -1;

function setupCombobox() {
  const input = $('q');
  const list = $('suggestions');
  input.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    const text = input.value;
    if (!text.trim()) { closeSuggestions(); return; }
    suggestTimer = setTimeout(() => fetchSuggestions(text), SUGGEST_DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) { if (suggestions.length) openSuggestions(); else if (input.value.trim()) fetchSuggestions(input.value); return; }
      setActive(activeSuggestion + 1 >= suggestions.length ? 0 : activeSuggestion + 1);
    } else if (e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      setActive(activeSuggestion <= 0 ? suggestions.length - 1 : activeSuggestion - 1);
    } else if (e.key === 'Enter') {
      if (open && activeSuggestion >= 0) {
        e.preventDefault();
        chooseSuggestion(activeSuggestion);
      }
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); closeSuggestions(); } else if (input.value) { e.preventDefault(); input.value = ''; }
    } else if (e.key === 'Tab') {
      closeSuggestions();
    }
  });
  input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
  list.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the box
  list.addEventListener('click', (e) => {
    const option = e.target.closest('[role=option]');
    if (option) chooseSuggestion(Number(option.getAttribute('data-index')));
  });
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(suggestTimer);
    closeSuggestions();
    navigate(withState({ q: input.value.trim() }));
  });
}

async function fetchSuggestions(text) {
  if (suggestController) suggestController.abort();
  const controller = new AbortController();
  suggestController = controller;
  try {
    const answer = await getJson(`/api/suggest?q=${encodeURIComponent(text)}`, controller.signal);
    if (controller !== suggestController || $('q').value !== text) return;
    suggestions = (answer.suggestions || [])
      .map((s) => (typeof s === 'string' ? s : s && (s.text || s.value)))
      .filter((s) => typeof s === 'string' && s);
    renderSuggestions();
  } catch (e) {
    if (controller === suggestController) closeSuggestions(); // suggestions are optional
  }
}

function renderSuggestions() {
  const list = $('suggestions');
  activeSuggestion = -1;
  list.replaceChildren(...suggestions.map((s, i) => el('li', {
    id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-index': String(i), class: 'suggestion',
  }, s)));
  if (suggestions.length && document.activeElement === $('q')) openSuggestions(); else closeSuggestions();
}

function openSuggestions() {
  $('suggestions').hidden = false;
  $('q').setAttribute('aria-expanded', 'true');
}

function closeSuggestions() {
  const input = $('q');
  $('suggestions').hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  activeSuggestion = -1;
}

function setActive(index) {
  const options = $('suggestions').querySelectorAll('[role=option]');
  activeSuggestion = index;
  options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
  if (options[index]) {
    $('q').setAttribute('aria-activedescendant', options[index].id);
    options[index].scrollIntoView({ block: 'nearest' });
  }
}

function chooseSuggestion(index) {
  const value = suggestions[index];
  if (value === undefined) return;
  $('q').value = asQuery(value);
  closeSuggestions();
  suggestions = [];
  navigate(withState({ q: asQuery(value) }));
}

// ---- start ---------------------------------------------------------------------------------

function setupLayout() {
  $('sort').addEventListener('change', () => navigate(withState({ sort: $('sort').value })));
  const toggle = $('filters-toggle');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    $('facets').classList.toggle('open', open);
  });
}

/** Shows "Download CSV" only when the server's API description has the export endpoint. */
async function offerExport() {
  try {
    const api = await getJson('/openapi.json');
    $('csv').hidden = !(api.paths && api.paths['/api/export']);
  } catch (e) {
    $('csv').hidden = true;
  }
}

setupLayout();
offerExport();
setupCombobox();
setupTimeline();
runSearch();
