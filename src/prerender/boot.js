// The one script of a prerendered page, deferred and a few hundred bytes. The page is already
// there in HTML; this asks for the app's code only once the browser has painted it, so the first
// paint waits for the HTML and CSS alone. The build (src/node/vite-prerender-plugin.ts) names the
// entry and the modules the page will need in data attributes, and they are preloaded together.
(() => {
  const boot = document.currentScript;
  if (!(boot instanceof HTMLScriptElement)) return;
  const { entry = '', preload = '' } = boot.dataset;
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
