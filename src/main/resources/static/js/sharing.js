// The client's page works without this file. It adds two touches: a glossary term also opens on hover (touch,
// keyboard and screen readers use the native <details> disclosure), and Escape closes an open explanation.
(() => {
  const hoverable = window.matchMedia && window.matchMedia('(hover: hover)').matches;
  function wire(root) {
    root.querySelectorAll('details.term').forEach((term) => {
      if (term.dataset.wired) {
        return;
      }
      term.dataset.wired = 'true';
      if (hoverable) {
        term.addEventListener('mouseenter', () => { term.open = true; });
        term.addEventListener('mouseleave', () => { term.open = false; });
      }
      term.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && term.open) {
          term.open = false;
          term.querySelector('summary').focus();
        }
      });
    });
  }
  document.addEventListener('DOMContentLoaded', () => wire(document));
  document.addEventListener('htmx:afterSettle', (event) => wire(event.target));
})();
