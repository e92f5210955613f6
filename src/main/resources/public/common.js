// Shared helpers for the search page and the report page (ES module, no dependencies).
// Everything that comes from the API is inserted as text; the only markup ever built from API
// data is the <mark> element of a highlight snippet, created node by node.

/** Creates an element: el('a', {href: '/x', class: 'y'}, 'text', childNode). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of escaped text (&amp; &lt; &#39; &#x27; ...) into plain text. */
export function unescapeHtml(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = ENTITIES[ref.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

/**
 * Turns a server snippet (HTML-escaped text whose only markup is <mark>...</mark>) into a
 * DocumentFragment of text nodes and <mark> elements. Any other tag stays visible as text.
 */
export function snippetFragment(snippet) {
  const fragment = document.createDocumentFragment();
  let mark = null;
  for (const part of String(snippet).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      if (!mark) { mark = document.createElement('mark'); fragment.append(mark); }
    } else if (part === '</mark>') {
      mark = null;
    } else if (part) {
      (mark || fragment).append(document.createTextNode(unescapeHtml(part)));
    }
  }
  return fragment;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-09-27"/"day" -> "27 Sep 2023"; month precision -> "Sep 2023"; year -> "2023"; none -> "Undated". */
export function formatDate(date, precision) {
  if (!date || precision === 'none') return 'Undated';
  const [y, m, d] = String(date).split('-');
  if (precision === 'year' || !m) return y;
  const month = MONTHS[parseInt(m, 10) - 1] || m;
  if (precision === 'month' || !d) return `${month} ${y}`;
  return `${parseInt(d, 10)} ${month} ${y}`;
}

/** "2023-09" -> "Sep 2023". */
export function formatMonth(month) {
  const [y, m] = String(month).split('-');
  return m ? `${MONTHS[parseInt(m, 10) - 1] || m} ${y}` : y;
}

/** The local part of a hit id: "siege-of-timbuktu#e9" -> "e9" (empty when there is none). */
export function localId(id) {
  const i = String(id).indexOf('#');
  return i < 0 ? '' : String(id).slice(i + 1);
}

/** Link to a hit on its report page: /reports/siege-of-timbuktu#e9 (base '' for same origin). */
export function hitHref(hit, base = '') {
  const local = hit.kind === 'report' ? '' : localId(hit.id);
  const report = hit.report || (hit.kind === 'report' ? hit.id : String(hit.id).split('#')[0]);
  return `${base}/reports/${encodeURIComponent(report)}${local ? '#' + encodeURIComponent(local) : ''}`;
}

/**
 * A suggestion as a query: a single plain word as it is; several words or text with query syntax
 * (a sub-event type such as "Shelling/artillery/missile attack") as a quoted phrase.
 */
export function asQuery(suggestion) {
  const text = String(suggestion).trim();
  return /[\s"\\/:()[\]{}^~*?+!&|-]/.test(text) ? `"${text.replace(/["\\]/g, '\\$&')}"` : text;
}

/** Casualty text: "2 killed, 5 injured", or '' when neither is stated. */
export function casualties(hit) {
  const parts = [];
  if (hit.killed !== null && hit.killed !== undefined) parts.push(`${hit.killed} killed`);
  if (hit.injured !== null && hit.injured !== undefined) parts.push(`${hit.injured} injured`);
  return parts.join(', ');
}

/** An error from the API or the network, with a kind the page can explain. */
export class ApiError extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind; // 'unreachable' | 'bad_request' | 'not_found' | 'server'
    this.status = status;
  }
}

/** GETs JSON; throws ApiError('unreachable') when the server cannot be reached, else by status. */
export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError('unreachable', 'The search server cannot be reached. Check your connection and try again.', 0);
  }
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (response.ok && body) return body;
  const message = body && body.message ? body.message : `The server answered ${response.status}.`;
  const kind = response.status === 404 ? 'not_found' : response.status >= 400 && response.status < 500 ? 'bad_request' : 'server';
  throw new ApiError(kind, message, response.status);
}
