/*! Siege Search box: <siege-search endpoint="https://HOST" placeholder="Search siege reports"></siege-search>
 * Attributes: endpoint, placeholder, q, month, actor, event-type, report (several values: separate with |),
 * results (1-20, default 5), theme (light|dark), link-target, inline. Colours and font: --siege-accent,
 * --siege-bg, --siege-fg, --siege-font. No globals, no dependencies; only customElements.define. */
(() => {
  'use strict';
  if (!window.customElements || customElements.get('siege-search')) return;

  const script = document.currentScript;
  const DEFAULT_ENDPOINT = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const FILTERS = [['actor', 'actor'], ['event-type', 'event_type'], ['report', 'report']];
  let uid = 0;

  const CSS = `
:host{all:initial;display:block!important;visibility:visible!important;position:relative;
--_a:var(--siege-accent,#9b2c1f);--_bg:var(--siege-bg,#fff);--_fg:var(--siege-fg,#1d1d1f);
--_mu:color-mix(in srgb,var(--_fg) 62%,var(--_bg));--_ln:color-mix(in srgb,var(--_fg) 22%,var(--_bg));
--_mk:var(--siege-mark,#ffe27a)}
:host([theme=dark]){--_a:var(--siege-accent,#ff8a70);--_bg:var(--siege-bg,#1f1f23);--_fg:var(--siege-fg,#ececf1);--_mk:var(--siege-mark,#7a5d00)}
:host([hidden]){display:none!important}
*{box-sizing:border-box}
.box{display:block;position:relative;color:var(--_fg);font:15px/1.45 var(--siege-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
text-align:left;letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;white-space:normal;direction:ltr;visibility:visible;cursor:auto}
form{display:flex;gap:6px;margin:0}
input,button{font:inherit;color:inherit;margin:0}
input{flex:1;min-width:0;padding:8px 10px;border:1px solid var(--_mu);border-radius:6px;background:var(--_bg)}
button{cursor:pointer;border:1px solid var(--_ln);border-radius:6px;background:var(--_bg);padding:6px 10px}
form button{background:var(--_a);border-color:var(--_a);color:var(--_bg);font-weight:600}
:focus-visible{outline:3px solid var(--_a);outline-offset:2px}
.panel{display:block;position:absolute;left:0;right:0;top:calc(100% + 4px);z-index:2147483000;max-height:70vh;overflow:auto;
background:var(--_bg);border:1px solid var(--_ln);border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:8px 10px}
:host([inline]) .panel{position:static;box-shadow:none;max-height:none;margin-top:6px}
[hidden]{display:none!important}
ul,ol{list-style:none;margin:0;padding:0}
[role=option]{padding:5px 8px;border-radius:4px;cursor:pointer}
[role=option][aria-selected=true]{background:var(--_a);color:var(--_bg)}
.sugg{border-bottom:1px solid var(--_ln);padding-bottom:6px;margin-bottom:6px}
.months{display:flex;flex-wrap:wrap;gap:4px;margin:2px 0 6px}
.months button{border-radius:999px;padding:1px 9px;font-size:12px}
.months button[aria-pressed=true]{background:var(--_a);border-color:var(--_a);color:var(--_bg)}
.status{margin:4px 0;font-size:13px;color:var(--_mu)}
.status button{border:0;padding:0;background:none;color:var(--_a);text-decoration:underline;font-size:inherit}
.hit{display:block;padding:7px 0;border-top:1px solid var(--_ln)}
.hit a{color:var(--_a);font-weight:600;text-decoration:none}
.hit a:hover{text-decoration:underline}
.meta{display:block;font-size:12px;color:var(--_mu)}
.snip{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;margin:2px 0 0;overflow-wrap:anywhere}
mark{background:var(--_mk);color:inherit;border-radius:2px;padding:0 1px}
.more{display:block;margin-top:6px;font-size:13px;color:var(--_a)}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

  let sheet = null;
  const addStyles = (root) => {
    try {
      if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
      root.adoptedStyleSheets = [sheet]; // constructed sheets also work under a strict style-src CSP
    } catch (e) {
      const style = document.createElement('style');
      style.textContent = CSS;
      root.append(style);
    }
  };

  const h = (tag, props, ...kids) => {
    const n = document.createElement(tag);
    for (const k in props || {}) {
      const v = props[k];
      if (v == null || v === false) continue;
      if (k === 'text') n.textContent = v; else if (k === 'class') n.className = v; else n.setAttribute(k, v);
    }
    for (const c of kids) if (c != null) n.append(c);
    return n;
  };

  const unescape = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, r) => {
    const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[r.toLowerCase()];
    if (named) return named;
    const code = r[1] === 'x' || r[1] === 'X' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });

  // The server's snippet is escaped text whose only markup is <mark>: build it as nodes.
  const snippet = (s) => {
    const f = document.createDocumentFragment();
    let mark = null;
    for (const part of String(s).split(/(<\/?mark>)/)) {
      if (part === '<mark>') { mark = mark || f.appendChild(document.createElement('mark')); }
      else if (part === '</mark>') mark = null;
      else if (part) (mark || f).append(unescape(part));
    }
    return f;
  };

  const monthName = (m) => { const [y, mm] = m.split('-'); return `${MONTHS[+mm - 1] || mm} ${y}`; };
  const dateText = (hit) => {
    const p = hit.date_precision;
    if (!hit.date || p === 'none') return 'Undated';
    const [y, m, d] = hit.date.split('-');
    if (p === 'year' || !m) return y;
    return p === 'month' || !d ? monthName(`${y}-${m}`) : `${+d} ${monthName(`${y}-${m}`)}`;
  };
  const split = (v) => (v || '').split('|').map((s) => s.trim()).filter(Boolean);

  class SiegeSearch extends HTMLElement {
    static get observedAttributes() { return ['placeholder', 'month', 'actor', 'event-type', 'report', 'results', 'endpoint']; }

    #n = ++uid;
    #el = {};
    #months = [];
    #suggestions = [];
    #active = -1;
    #timer = 0;
    #seq = 0;
    #suggestSeq = 0;
    #connected = false;

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      addStyles(root);
      const id = (s) => `siege-${this.#n}-${s}`;
      const e = this.#el;
      e.input = h('input', {
        id: id('q'), type: 'search', autocomplete: 'off', spellcheck: 'false', role: 'combobox',
        'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id('s'),
      });
      e.list = h('ul', { id: id('s'), role: 'listbox', class: 'sugg', 'aria-label': 'Suggestions', hidden: '' });
      e.months = h('div', { class: 'months', role: 'group', 'aria-label': 'Filter by month', hidden: '' });
      e.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
      e.hits = h('ol', { class: 'hits', 'aria-label': 'Results' });
      e.more = h('a', { class: 'more' }, 'See all results');
      e.panel = h('div', { class: 'panel', part: 'panel', hidden: '' }, e.list, e.months, e.status, e.hits, e.more);
      e.form = h('form', { role: 'search' },
        h('label', { for: id('q'), class: 'vh' }, 'Search siege reports'), e.input,
        h('button', { type: 'submit' }, 'Search'));
      root.append(h('div', { class: 'box', part: 'box' }, e.form, e.panel));

      e.input.addEventListener('input', () => {
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => { this.#suggest(); this.#search(); }, 250);
      });
      e.input.addEventListener('keydown', (ev) => this.#key(ev));
      e.input.addEventListener('focus', () => { if (e.hits.childElementCount || !e.status.hidden && e.status.textContent) this.#open(true); });
      e.form.addEventListener('submit', (ev) => { ev.preventDefault(); this.#closeList(); this.#search(); });
      e.list.addEventListener('mousedown', (ev) => ev.preventDefault());
      e.list.addEventListener('click', (ev) => {
        const o = ev.target.closest('[role=option]');
        if (o) this.#choose(+o.dataset.i);
      });
      this.#outside = (ev) => { if (!ev.composedPath().includes(this)) this.#open(false); };
    }

    #outside;

    connectedCallback() {
      this.#connected = true;
      this.#months = split(this.getAttribute('month'));
      this.#el.input.placeholder = this.getAttribute('placeholder') || 'Search siege reports';
      document.addEventListener('pointerdown', this.#outside);
      const q = this.getAttribute('q');
      if (q && !this.#el.input.value) { this.#el.input.value = q; this.#search(); }
    }

    disconnectedCallback() {
      this.#connected = false;
      document.removeEventListener('pointerdown', this.#outside);
    }

    attributeChangedCallback(name) {
      if (name === 'placeholder') this.#el.input.placeholder = this.getAttribute('placeholder') || 'Search siege reports';
      else if (this.#connected) {
        if (name === 'month') this.#months = split(this.getAttribute('month'));
        if (this.#el.input.value) this.#search();
      }
    }

    get #endpoint() {
      return (this.getAttribute('endpoint') || DEFAULT_ENDPOINT).replace(/\/+$/, '');
    }

    get #size() {
      const n = parseInt(this.getAttribute('results'), 10);
      return n > 0 ? Math.min(n, 20) : 5;
    }

    #params(withMonths) {
      const p = new URLSearchParams();
      const q = this.#el.input.value.trim();
      if (q) p.set('q', q);
      if (withMonths) for (const m of this.#months) p.append('month', m);
      for (const [attr, param] of FILTERS) for (const v of split(this.getAttribute(attr))) p.append(param, v);
      return p;
    }

    #open(on) {
      const e = this.#el;
      e.panel.hidden = !on;
      if (!on) this.#closeList();
    }

    #key(ev) {
      const n = this.#suggestions.length;
      const open = !this.#el.list.hidden;
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        if (!n) return;
        ev.preventDefault();
        if (!open) { this.#showList(); return; }
        const down = ev.key === 'ArrowDown';
        this.#setActive(this.#active < 0 ? (down ? 0 : n - 1) : (this.#active + (down ? 1 : n - 1)) % n);
      } else if (ev.key === 'Enter' && open && this.#active >= 0) {
        ev.preventDefault();
        this.#choose(this.#active);
      } else if (ev.key === 'Escape') {
        ev.preventDefault(); // keep the text (a search input would clear itself)
        if (open) this.#closeList(); else this.#open(false);
      }
    }

    #setActive(i) {
      this.#active = i;
      [...this.#el.list.children].forEach((o, j) => o.setAttribute('aria-selected', String(i === j)));
      const o = this.#el.list.children[i];
      if (o) { this.#el.input.setAttribute('aria-activedescendant', o.id); o.scrollIntoView({ block: 'nearest' }); }
    }

    #showList() {
      this.#el.list.hidden = false;
      this.#el.input.setAttribute('aria-expanded', 'true');
      this.#open(true);
    }

    #closeList() {
      const e = this.#el;
      e.list.hidden = true;
      e.input.setAttribute('aria-expanded', 'false');
      e.input.removeAttribute('aria-activedescendant');
      this.#active = -1;
    }

    #choose(i) {
      const v = this.#suggestions[i];
      if (v == null) return;
      // several words or query syntax (a/b, x:y) go in as a quoted phrase
      this.#el.input.value = /[\s"\\/:()[\]{}^~*?+!&|-]/.test(v) ? `"${v.replace(/["\\]/g, '\\$&')}"` : v;
      this.#suggestions = [];
      this.#el.list.replaceChildren();
      this.#closeList();
      clearTimeout(this.#timer);
      this.#search();
    }

    async #get(path, params) {
      const res = await fetch(`${this.#endpoint}${path}?${params}`, { headers: { Accept: 'application/json' } });
      let body = null;
      try { body = await res.json(); } catch (e) { /* not JSON */ }
      if (!res.ok || !body) throw Object.assign(new Error((body && body.message) || `The server answered ${res.status}.`), { api: true });
      return body;
    }

    async #suggest() {
      const text = this.#el.input.value;
      const seq = ++this.#suggestSeq;
      if (!text.trim()) { this.#suggestions = []; this.#closeList(); return; }
      try {
        const a = await this.#get('/api/suggest', new URLSearchParams({ q: text }));
        if (seq !== this.#suggestSeq) return;
        this.#suggestions = (a.suggestions || []).map((s) => (typeof s === 'string' ? s : s && (s.text || s.value))).filter(Boolean).slice(0, 6);
      } catch (e) {
        this.#suggestions = [];
      }
      const id = this.#el.list.id;
      this.#el.list.replaceChildren(...this.#suggestions.map((s, i) =>
        h('li', { id: `${id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-i': String(i) }, s)));
      this.#active = -1;
      if (this.#suggestions.length && this.shadowRoot.activeElement === this.#el.input) this.#showList(); else this.#closeList();
    }

    async #search() {
      const e = this.#el;
      const seq = ++this.#seq;
      const params = this.#params(true);
      if (!params.has('q') && !this.#months.length) {
        e.hits.replaceChildren();
        e.months.hidden = true;
        e.status.textContent = '';
        if (e.list.hidden) this.#open(false);
        return;
      }
      params.set('size', String(this.#size));
      e.status.textContent = 'Searching…';
      this.#open(true);
      const site = new URLSearchParams(params);
      site.delete('size');
      e.more.href = `${this.#endpoint}/?${site}`;
      this.#target(e.more);
      try {
        const a = await this.#get('/api/search', params);
        if (seq === this.#seq) this.#render(a);
      } catch (err) {
        if (seq !== this.#seq) return;
        e.hits.replaceChildren();
        e.more.hidden = true;
        e.status.textContent = err.api ? err.message : 'The search server cannot be reached.';
      }
    }

    #target(a) {
      const t = this.getAttribute('link-target');
      if (t) { a.target = t; if (t === '_blank') a.rel = 'noopener'; }
    }

    #render(a) {
      const e = this.#el;
      const total = a.total || 0;
      e.status.replaceChildren(total ? `${total} result${total === 1 ? '' : 's'}` : 'No results.');
      if (!total && a.did_you_mean) {
        const b = h('button', { type: 'button' }, a.did_you_mean);
        b.addEventListener('click', () => { e.input.value = a.did_you_mean; this.#search(); e.input.focus(); });
        e.status.append(' Did you mean ', b, '?');
      }
      const months = ((a.facets && a.facets.month) || []).filter((f) => /^\d{4}-\d{2}$/.test(f.value));
      for (const m of this.#months) if (!months.some((f) => f.value === m)) months.push({ value: m, count: 0 });
      months.sort((x, y) => (x.value < y.value ? -1 : 1));
      e.months.replaceChildren(...months.map((f) => {
        const on = this.#months.includes(f.value);
        const b = h('button', { type: 'button', 'aria-pressed': String(on), 'data-month': f.value },
          `${monthName(f.value)} (${f.count})`);
        b.addEventListener('click', () => {
          this.#months = on ? this.#months.filter((m) => m !== f.value) : [...this.#months, f.value];
          this.#search();
        });
        return b;
      }));
      e.months.hidden = months.length === 0;
      const base = this.#endpoint;
      e.hits.replaceChildren(...(a.hits || []).map((hit) => {
        const report = hit.report || String(hit.id).split('#')[0];
        const local = hit.kind === 'report' ? '' : String(hit.id).split('#').slice(1).join('#');
        const link = h('a', { href: `${base}/reports/${encodeURIComponent(report)}${local ? '#' + encodeURIComponent(local) : ''}` },
          hit.report_title || report);
        this.#target(link);
        const meta = (hit.kind === 'event' ? [dateText(hit), (hit.actors || []).join(', '), hit.sub_event_type || hit.event_type]
          : [hit.kind === 'report' ? 'Report' : 'Paragraph', hit.section]).filter(Boolean).join(' · ');
        const snip = h('span', { class: 'snip' });
        if (hit.snippet) snip.append(snippet(hit.snippet)); else snip.textContent = hit.text || '';
        return h('li', { class: 'hit' }, h('span', { class: 'meta' }, meta), link, snip);
      }));
      e.more.hidden = total <= (a.hits || []).length;
      if (!e.more.hidden) e.more.textContent = `See all ${total} results`;
    }
  }

  customElements.define('siege-search', SiegeSearch);
})();
