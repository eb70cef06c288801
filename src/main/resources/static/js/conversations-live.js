// The meeting view: one topic at a time, notes that are never lost, and keyboard shortcuts.
// Notes: htmx posts them 800 ms after typing stops. Every keystroke also lands in localStorage first, and that copy is
// only dropped once the server confirmed exactly that text. A lost connection shows "Not saved — retry"; the copy is
// restored and sent again after a reload or when the browser is back online.
(function () {
  'use strict';

  const root = document.querySelector('.live[data-conversation]');
  if (!root) {
    return;
  }
  const msg = {
    saving: root.dataset.msgSaving,
    failed: root.dataset.msgFailed,
    retry: root.dataset.msgRetry,
    restored: root.dataset.msgRestored,
    tooLong: root.dataset.msgTooLong
  };
  const panels = Array.from(root.querySelectorAll('.topic-panel'));
  const links = Array.from(root.querySelectorAll('[data-topic-link]'));
  let current = 0;

  // ---- one topic at a time (without JavaScript all topics simply show one below the other)
  root.classList.add('js');
  function show(index, focus) {
    if (index < 0 || index >= panels.length) {
      return;
    }
    current = index;
    panels.forEach((panel, i) => { panel.hidden = i !== index; });
    links.forEach((link, i) => {
      if (i === index) {
        link.setAttribute('aria-current', 'step');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    const jump = document.getElementById('topic-jump');
    if (jump) {
      jump.value = panels[index].dataset.topic;
    }
    const select = document.getElementById('f-topicId');
    if (select && !select.dataset.touched) {
      select.value = panels[index].dataset.topic;
    }
    if (focus === 'notes') {
      panels[index].querySelector('textarea.notes').focus();
    } else if (focus) {
      panels[index].focus();
    }
    if (history.replaceState) {
      history.replaceState(null, '', '#' + panels[index].id);
    }
  }
  links.forEach((link, i) => link.addEventListener('click', (event) => {
    event.preventDefault();
    show(i, 'notes');
  }));
  const fromHash = panels.findIndex((panel) => '#' + panel.id === location.hash);
  show(fromHash >= 0 ? fromHash : 0, false);
  root.addEventListener('change', (event) => {
    if (event.target.id === 'topic-jump') {
      show(panels.findIndex((panel) => panel.dataset.topic === event.target.value), false);
    }
    if (event.target.id === 'f-topicId') {
      event.target.dataset.touched = 'true';
    }
  });

  // ---- notes that survive a lost connection
  function stateOf(textarea) {
    return document.getElementById('save-' + textarea.closest('.topic-panel').dataset.topic);
  }
  function setState(textarea, kind, text) {
    const state = stateOf(textarea);
    if (!state) {
      return;
    }
    state.dataset.state = kind;
    state.classList.toggle('failed', kind === 'failed' || kind === 'tooLong');
    state.textContent = text;
    if (kind === 'failed') {
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'link';
      retry.textContent = msg.retry;
      retry.addEventListener('click', () => send(textarea));
      state.append(' ', retry);
    }
  }
  // "retry" is one of the field's htmx triggers: it sends the text even if htmx thinks it didn't change
  function send(textarea) {
    htmx.trigger(textarea, 'retry');
  }
  // the stored notes' version a text started from travels with it, so a save based on older notes is caught
  function versionOf(textarea) {
    return document.getElementById('notes-version-' + textarea.closest('.topic-panel').dataset.topic);
  }
  function remember(textarea) {
    try {
      const key = textarea.dataset.storageKey;
      if (localStorage.getItem(key) === null && versionOf(textarea)) {
        localStorage.setItem(key + ':base', versionOf(textarea).value);
      }
      localStorage.setItem(key, textarea.value);
    } catch (e) {
      // storage full or blocked: the server copy is still the safety net
    }
  }
  function forget(textarea) {
    localStorage.removeItem(textarea.dataset.storageKey);
    localStorage.removeItem(textarea.dataset.storageKey + ':base');
  }
  const notes = Array.from(root.querySelectorAll('textarea.notes'));
  notes.forEach((textarea) => {
    textarea.addEventListener('input', () => remember(textarea));
    let unsent = null;
    try {
      unsent = localStorage.getItem(textarea.dataset.storageKey);
    } catch (e) {
      unsent = null;
    }
    if (unsent !== null) {
      if (unsent !== textarea.value) {
        textarea.value = unsent;
        const base = localStorage.getItem(textarea.dataset.storageKey + ':base');
        if (base !== null && versionOf(textarea)) {
          versionOf(textarea).value = base; // if others saved since, the server answers with both texts
        }
        setState(textarea, 'restored', msg.restored);
        // wait for htmx to wire the field up, then send the restored text
        setTimeout(() => send(textarea), 300);
      } else {
        forget(textarea);
      }
    }
  });

  document.body.addEventListener('htmx:beforeRequest', (event) => {
    const textarea = event.detail.elt;
    if (textarea.matches && textarea.matches('textarea.notes')) {
      textarea.dataset.sending = textarea.value;
      setState(textarea, 'saving', msg.saving);
    }
  });
  document.body.addEventListener('htmx:beforeSwap', (event) => {
    // 422: the server refused the text (too long); 409: someone saved other notes meanwhile. Both say why.
    if (event.detail.xhr.status === 422 || event.detail.xhr.status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.body.addEventListener('htmx:afterRequest', (event) => {
    const textarea = event.detail.elt;
    if (!(textarea.matches && textarea.matches('textarea.notes'))) {
      return;
    }
    if (event.detail.successful && event.detail.xhr.status < 300) {
      try {
        if (localStorage.getItem(textarea.dataset.storageKey) === textarea.dataset.sending) {
          forget(textarea);
        }
      } catch (e) {
        // nothing to clean up
      }
    } else if (event.detail.xhr.status === 413) {
      // over the server's size limit (its own page says so): retrying cannot help, shortening can
      setState(textarea, 'tooLong', msg.tooLong);
    } else if (event.detail.xhr.status !== 422 && event.detail.xhr.status !== 409) {
      setState(textarea, 'failed', msg.failed);
    }
  });
  // a conflict: keep mine (saved on top of their version) or take theirs; to merge, edit the field, then keep mine
  root.addEventListener('click', (event) => {
    const button = event.target.closest('[data-conflict-keep]');
    if (!button) {
      return;
    }
    const conflict = button.closest('.notes-conflict');
    const textarea = conflict.closest('.topic-panel').querySelector('textarea.notes');
    versionOf(textarea).value = conflict.dataset.theirVersion;
    if (button.dataset.conflictKeep === 'theirs') {
      textarea.value = conflict.querySelector('.their-notes').textContent;
    }
    try {
      localStorage.setItem(textarea.dataset.storageKey + ':base', conflict.dataset.theirVersion);
      localStorage.setItem(textarea.dataset.storageKey, textarea.value);
    } catch (e) {
      // the field still holds the text
    }
    send(textarea);
    textarea.focus();
  });
  window.addEventListener('online', () => {
    notes.filter((t) => stateOf(t) && stateOf(t).dataset.state === 'failed').forEach(send);
  });
  window.addEventListener('beforeunload', (event) => {
    // a save still on its way: ask before leaving (the text is in localStorage either way)
    if (notes.some((t) => stateOf(t) && stateOf(t).dataset.state === 'saving')) {
      event.preventDefault();
    }
  });

  // ---- keyboard
  const dialog = document.getElementById('shortcuts');
  root.querySelectorAll('[data-shortcuts-open]').forEach((button) =>
    button.addEventListener('click', () => dialog.showModal()));

  function typing(target) {
    return target.matches('input, textarea, select, [contenteditable="true"]');
  }
  function mark(coverage) {
    const button = panels[current].querySelector('button[data-coverage="' + coverage + '"]');
    if (button) {
      button.click();
    }
  }
  document.addEventListener('keydown', (event) => {
    if (dialog.open) {
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      show(current + (event.key === 'ArrowDown' ? 1 : -1), 'notes');
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.id === 'f-text') {
      event.preventDefault();
      event.target.form.requestSubmit();
      return;
    }
    if (event.key === 'Escape' && typing(event.target)) {
      panels[current].focus();
      return;
    }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const actions = {
      j: () => show(current + 1, true),
      k: () => show(current - 1, true),
      n: () => panels[current].querySelector('textarea.notes').focus(),
      q: () => document.getElementById('f-text').focus(),
      o: () => mark('OPEN'),
      t: () => mark('TOUCHED'),
      s: () => mark('SETTLED'),
      '?': () => dialog.showModal()
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // after a question was captured, the form is new: keep the focus in it for the next one
  document.body.addEventListener('htmx:afterSwap', (event) => {
    if (event.detail.target && event.detail.target.id === 'live-questions') {
      const field = document.getElementById('f-text');
      if (field) {
        field.focus();
      }
      const select = document.getElementById('f-topicId');
      if (select && panels[current]) {
        select.value = panels[current].dataset.topic;
      }
    }
  });
}());
