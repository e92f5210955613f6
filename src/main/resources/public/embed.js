/* /embed?q=...&month=...: creates the <siege-search> box from the page's URL parameters
 * (q, placeholder, month, actor, event_type or event-type, report, results, theme). */
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const box = document.createElement('siege-search');
  box.setAttribute('endpoint', location.origin);
  box.setAttribute('inline', '');
  box.setAttribute('link-target', '_blank');
  const single = { q: 'q', placeholder: 'placeholder', results: 'results', theme: 'theme' };
  for (const [param, attr] of Object.entries(single)) {
    const value = params.get(param);
    if (value) box.setAttribute(attr, value);
  }
  const multi = { month: 'month', actor: 'actor', event_type: 'event-type', 'event-type': 'event-type', report: 'report' };
  for (const [param, attr] of Object.entries(multi)) {
    const values = params.getAll(param).filter(Boolean);
    if (values.length) box.setAttribute(attr, [box.getAttribute(attr), ...values].filter(Boolean).join('|'));
  }
  if (params.get('theme') === 'dark') document.documentElement.classList.add('dark');
  document.getElementById('embed').append(box);
})();
