// The one script of a prerendered page, deferred and a few hundred bytes. The page is already
// there in HTML, its CSS with it; this asks for the app's code only once the browser has painted
// it, so the first paint waits for the HTML alone. The build (src/node/vite-prerender-plugin.ts)
// names the entry and the modules the page will need in data attributes, and they are preloaded
// together.
(() => {
  const boot = document.currentScript;
  if (!(boot instanceof HTMLScriptElement)) return;
  const { entry = '', preload = '' } = boot.dataset;
  // A host still sending an older build's Content-Security-Policy blocks the page's inline style
  // (which then has no sheet): the page fetches the stylesheets it names instead of staying bare.
  const style = document.querySelector('head > style');
  if (style instanceof HTMLStyleElement && style.sheet === null) {
    for (const link of document.querySelectorAll('link[rel="stylesheet"][disabled]')) {
      if (link instanceof HTMLLinkElement) link.disabled = false;
    }
  }
  requestAnimationFrame(() => {
    setTimeout(() => {
      for (const href of preload.split(' ').filter(Boolean)) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        document.head.append(link);
      }
      const script = document.createElement('script');
      script.type = 'module';
      script.src = entry;
      document.head.append(script);
    });
  });
})();
