// Injected by the benchmark into claimscope and its peer alike: the same
// clock, the same input events, the same idea of "the DOM is updated".
window.__bench = {
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
  async settle() {
    await this.nextTask();
    void document.body.offsetHeight;
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
  async type(queries) {
    const input = document.querySelector('#search');
    const out = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const started = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await this.settle();
        out.push({ step: query.slice(0, i), ms: performance.now() - started, heading: this.heading() });
      }
      out[out.length - 1].settled = await this.later();
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await this.later();
    }
    return out;
  },
  async toggle(pairs) {
    const out = [];
    for (const [facet, value] of pairs) {
      const box = document.querySelector(
        `fieldset[data-facet="${CSS.escape(facet)}"] input[data-value="${CSS.escape(value)}"]`);
      if (!box) { out.push({ step: `${facet}=${value}`, missing: true }); continue; }
      const started = performance.now();
      box.click();
      await this.settle();
      out.push({ step: `${facet}=${value}`, ms: performance.now() - started, heading: this.heading(),
                 settled: await this.later() });
    }
    return out;
  },
  // The heading a moment later: equal to the measured one unless rendering was
  // still pending when the clock stopped.
  async later() {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return this.heading();
  },
};
