// Injected by the benchmark into claimscope and its peer alike: the same
// clock, the same input events, the same idea of "the DOM is updated".
window.__bench = {
  // Uncaught errors (a WASM panic surfaces as one): the benchmark fails on any.
  errors: [],
  // The next task, unclamped (nested setTimeout(0) waits 4 ms): by then every
  // microtask the event queued has run, which is where Yew renders.
  nextTask() {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  },
  // Updated DOM, with style and layout done (reading offsetHeight forces them).
  // Yew yields to the browser (setTimeout 0) when an update runs past 16 ms,
  // so claimscope is done when its rendered link (`data-state`) is the
  // address; the peer renders synchronously and has no such attribute.
  async settle() {
    await this.nextTask();
    const main = document.querySelector('[data-state]');
    const started = performance.now();
    while (main && !this.same(main.dataset.state, location.search)) {
      if (performance.now() - started > 10000) throw new Error(`no render of ${location.search}`);
      await this.nextTask();
    }
    void document.body.offsetHeight;
  },
  // Two query strings meaning the same state (the app trims the search).
  same(a, b) {
    const plain = (s) => JSON.stringify([...new URLSearchParams(s)].map(([k, v]) => [k, v.trim()]));
    return plain(a) === plain(b);
  },
  // Steps start at least this far apart: Chromium ignores history changes
  // beyond about 200 in 10 s, and a person types slower than this anyway.
  pace: 60,
  lastStep: 0,
  async paced() {
    const wait = this.lastStep + this.pace - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.lastStep = performance.now();
  },
  heading() {
    const h = document.querySelector('[elementtiming="results"]');
    return h ? h.textContent.trim() : '';
  },
  // When the results heading was first painted (Element Timing), ms after navigation start.
  firstResults(patience) {
    return new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.identifier === 'results') { observer.disconnect(); resolve(e.renderTime || e.loadTime); }
        }
      });
      observer.observe({ type: 'element', buffered: true });
      setTimeout(() => resolve(null), patience);
    });
  },
  // When every article text had arrived (claimscope fetches them beside the
  // app once the first results are up), ms after navigation start; null for
  // a page that has no such state.
  async textsComplete() {
    const main = document.querySelector('[data-texts]');
    if (!main) return null;
    const started = performance.now();
    while (main.dataset.texts !== 'complete') {
      if (performance.now() - started > 120000) throw new Error('the texts never arrived');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return performance.now();
  },
  resources() {
    const nav = performance.getEntriesByType('navigation')[0];
    return [{ url: nav.name, end: nav.responseEnd }].concat(
      performance.getEntriesByType('resource').map((e) => ({ url: e.name, end: e.responseEnd })));
  },
  memory() {
    return {
      js: performance.memory ? performance.memory.usedJSHeapSize : null,
      wasm: window.claimscopeMemory ? window.claimscopeMemory.buffer.byteLength : null,
    };
  },
  // One keystroke: the search box now holds `text`; the updated DOM's time.
  async typeOne(text) {
    const input = document.querySelector('#search');
    await this.paced();
    const started = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await this.settle();
    return { step: text, ms: performance.now() - started, heading: this.heading(), at: location.search,
             detached: !input.isConnected, focused: document.activeElement === input };
  },
  // An empty search box again, not timed.
  async clear() {
    const input = document.querySelector('#search');
    await this.paced();
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await this.later();
  },
  async type(queries) {
    const out = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) out.push(await this.typeOne(query.slice(0, i)));
      out[out.length - 1].settled = await this.later();
      await this.clear();
    }
    return out;
  },
  // One facet click; the updated DOM's time.
  async toggleOne(facet, value) {
    const box = document.querySelector(
      `fieldset[data-facet="${CSS.escape(facet)}"] input[data-value="${CSS.escape(value)}"]`);
    if (!box) {
      return { step: `${facet}=${value}`, missing: true, at: location.search,
               facets: [...document.querySelectorAll('fieldset.facet')].map((f) => f.dataset.facet) };
    }
    await this.paced();
    const started = performance.now();
    box.click();
    await this.settle();
    return { step: `${facet}=${value}`, ms: performance.now() - started, heading: this.heading(),
             settled: await this.later() };
  },
  async toggle(pairs) {
    const out = [];
    for (const [facet, value] of pairs) out.push(await this.toggleOne(facet, value));
    return out;
  },
  // The heading a moment later: equal to the measured one unless rendering was
  // still pending when the clock stopped.
  async later() {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return this.heading();
  },
};
window.addEventListener('error', (e) => window.__bench.errors.push(String(e.message || e.error)));
window.addEventListener('unhandledrejection', (e) => window.__bench.errors.push(String(e.reason)));
{
  const original = console.error.bind(console);
  console.error = (...args) => { window.__bench.errors.push(args.map(String).join(' ')); original(...args); };
}
