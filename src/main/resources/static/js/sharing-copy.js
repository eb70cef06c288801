// "Copy" next to the client's link on the consultant's page; without script the link is still selectable text.
(() => {
  document.querySelectorAll('button[data-copy]').forEach((button) => {
    const field = document.getElementById(button.dataset.copy);
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(field.value).then(() => { button.textContent = button.dataset.copied || '✓'; });
    });
  });
})();
