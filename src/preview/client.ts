/**
 * The script the preview adds to the page: it listens to the server's events, reloads the page
 * when a build succeeded (keeping the reader's place), shows a build's error over the last good
 * report, with its file:line:column, and offers the PDF.
 */
export const CLIENT_SCRIPT = `
(() => {
  const key = 'ssc-preview-scroll';
  const saved = sessionStorage.getItem(key);
  if (saved) { sessionStorage.removeItem(key); addEventListener('load', () => scrollTo(0, Number(saved))); }
  const bar = document.createElement('div');
  bar.id = 'ssc-preview-bar';
  bar.setAttribute('role', 'status');
  bar.style.cssText = 'position:fixed;right:8px;bottom:8px;z-index:10000;font:12px sans-serif;'
    + 'background:#0b5394;color:#fff;padding:6px 10px;border-radius:4px;';
  bar.innerHTML = 'Preview <a id="ssc-preview-pdf" href="/report.pdf" target="_blank" style="color:#fff;margin-left:8px">Build PDF</a>';
  const overlay = document.createElement('pre');
  overlay.id = 'ssc-preview-error';
  overlay.style.cssText = 'position:fixed;left:0;right:0;top:0;z-index:10001;margin:0;max-height:60vh;overflow:auto;'
    + 'background:#fff0f0;color:#900;border-bottom:3px solid #900;padding:12px;font:13px monospace;white-space:pre-wrap;display:none;';
  const showError = (text) => {
    overlay.textContent = 'The report could not be rebuilt; the last good report is shown below.\\n\\n' + text;
    overlay.style.display = 'block';
  };
  addEventListener('DOMContentLoaded', () => { document.body.append(bar, overlay); if (window.__sscError) showError(window.__sscError); });
  const events = new EventSource('/events');
  events.addEventListener('reload', () => { sessionStorage.setItem(key, String(scrollY)); location.reload(); });
  events.addEventListener('error-report', (e) => showError(JSON.parse(e.data).error));
  events.addEventListener('building', () => { bar.firstChild.textContent = 'Rebuilding… '; });
})();
`;
