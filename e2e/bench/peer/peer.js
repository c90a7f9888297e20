// The benchmark's peer: MiniSearch answering the same queries as claimscope over
// the same items (items.json, written by the benchmark from claimscope's catalog
// and facet values), with the same semantics where MiniSearch allows: every
// word must match (AND), the last word is a prefix, facets are OR within and
// AND across, counts are disjunctive, 25 results and 8 values per facet shown.
'use strict';
const PAGE = 25;
const SHOWN = 8;
const view = new URLSearchParams(location.search).get('view') === 'quotes' ? 'quotes' : 'claims';
const selection = new Map(); // facet position -> Set of values
let data, items, facets, index;

async function start() {
  data = await (await fetch('items.json')).json();
  items = data[view];
  facets = data.facets[view];
  index = new MiniSearch({
    fields: ['text', 'who'],
    idField: 'n',
    searchOptions: { combineWith: 'AND', prefix: (term, i, terms) => i === terms.length - 1 },
  });
  index.addAll(items.map((item, n) => ({ n, text: item.text, who: item.who || '' })));
  document.getElementById('search').addEventListener('input', render);
  document.getElementById('facets').addEventListener('change', (event) => {
    const box = event.target;
    const f = Number(box.dataset.position);
    const chosen = selection.get(f) || new Set();
    if (box.checked) chosen.add(box.dataset.value); else chosen.delete(box.dataset.value);
    selection.set(f, chosen);
    render();
  });
  render();
}

function render() {
  const q = document.getElementById('search').value.trim();
  const matched = q === ''
    ? items.map((_, n) => ({ id: n, terms: [] }))
    : index.search(q);
  const counts = facets.map(() => new Map());
  const shown = [];
  const count = (f, values) => { for (const v of values) counts[f].set(v, (counts[f].get(v) || 0) + 1); };
  for (const m of matched) {
    const values = items[m.id].f;
    let failures = 0, failing = -1;
    for (let f = 0; f < facets.length; f++) {
      const chosen = selection.get(f);
      if (chosen && chosen.size && !values[f].some((v) => chosen.has(v))) { failures++; failing = f; }
    }
    if (failures === 0) {
      shown.push(m);
      for (let f = 0; f < facets.length; f++) count(f, values[f]);
    } else if (failures === 1) {
      count(failing, values[failing]);
    }
  }
  document.getElementById('results-heading').textContent = `${shown.length} ${view}`;
  document.getElementById('list').replaceChildren(...shown.slice(0, PAGE).map(resultItem));
  document.getElementById('facets').replaceChildren(...facets.map((name, f) => facetPanel(name, f, counts[f])));
}

function resultItem(m) {
  const item = items[m.id];
  const li = document.createElement('li');
  li.dataset.id = item.id;
  const text = document.createElement('p');
  text.append(...highlighted(item.text, m.terms));
  const who = document.createElement('span');
  who.textContent = item.who || 'no source named';
  li.append(text, who);
  return li;
}

function highlighted(text, terms) {
  if (!terms.length) return [text];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`\\b(${escaped.join('|')})\\b`, 'gi');
  const out = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out.push(text.slice(last, match.index));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    out.push(mark);
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

function facetPanel(name, f, counts) {
  const chosen = selection.get(f) || new Set();
  for (const v of chosen) if (!counts.has(v)) counts.set(v, 0);
  const label = (v) => (data.labels[name] && data.labels[name][v]) || v;
  const values = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (label(a[0]) < label(b[0]) ? -1 : label(a[0]) > label(b[0]) ? 1 : 0));
  const set = document.createElement('fieldset');
  set.className = 'facet';
  set.dataset.facet = name;
  const legend = document.createElement('legend');
  legend.textContent = name;
  const list = document.createElement('ul');
  for (const [value, n] of values.slice(0, SHOWN)) {
    const li = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `facet-${name}-${value}`;
    box.dataset.value = value;
    box.dataset.position = f;
    box.checked = chosen.has(value);
    const text = document.createElement('label');
    text.htmlFor = box.id;
    text.textContent = `${label(value)} ${n}`;
    li.append(box, text);
    list.append(li);
  }
  set.append(legend, list);
  return set;
}

start();
