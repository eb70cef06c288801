// Klartext live check for any text field: <textarea data-klartext="panel-id" data-klartext-scope="reply|option"
// data-klartext-lang="auto|de|en">, plus the panel fragment knowledge/klartext :: panel('panel-id').
// htmx posts the text after each pause in typing; the panel shows the findings.
(() => {
  if (window.augenhoeheKlartext) {
    return; // every panel includes this script; wire up once
  }
  window.augenhoeheKlartext = true;
  const SOURCES = 'textarea[data-klartext], input[data-klartext]';

  function wire(root) {
    if (!root || !root.querySelectorAll || !window.htmx) {
      return;
    }
    root.querySelectorAll(SOURCES).forEach((field) => {
      const panel = document.getElementById(field.dataset.klartext);
      if (!panel || field.hasAttribute('hx-post')) {
        return;
      }
      field.setAttribute('hx-post', panel.dataset.klartextUrl);
      field.setAttribute('hx-trigger', 'input changed delay:400ms, klartext-check');
      field.setAttribute('hx-target', '#' + panel.id + ' .kt-result');
      field.setAttribute('hx-swap', 'innerHTML');
      // a newer check replaces one still running; the form's other fields stay out of the request
      field.setAttribute('hx-sync', 'this:replace');
      field.setAttribute('hx-params', 'none');
      const described = field.getAttribute('aria-describedby');
      field.setAttribute('aria-describedby', ((described ? described + ' ' : '') + panel.id + '-status').trim());
      window.htmx.process(field);
      // a field the server already checked keeps its result; only an unchecked one is checked now
      if (field.value.trim() !== '' && panel.querySelector('.kt-idle')) {
        window.htmx.trigger(field, 'klartext-check');
      }
    });
    root.querySelectorAll('[data-klartext-control]').forEach((control) => {
      if (control.dataset.klartextWired) {
        return;
      }
      control.dataset.klartextWired = 'true';
      control.addEventListener('change', () => {
        const field = document.getElementById(control.dataset.klartextFor);
        if (field) {
          const key = control.dataset.klartextControl === 'lang' ? 'klartextLang' : 'klartextScope';
          field.dataset[key] = control.value;
          window.htmx.trigger(field, 'klartext-check');
        }
      });
    });
  }

  // Dismiss and undo in a panel: the panel comes back checked again, so they send what the field's check sends
  // (<a|button data-klartext-action data-rule data-subject data-reason data-shown>).
  function addAction(action, params) {
    const panel = action.closest('.kt-panel');
    const field = panel && document.querySelector('[data-klartext="' + panel.id + '"]');
    if (!field) {
      return;
    }
    ['rule', 'subject', 'reason', 'shown'].forEach((key) => {
      if (action.dataset[key] !== undefined) {
        params[key] = action.dataset[key];
      }
    });
    addField(field, params);
  }

  function addField(field, params) {
    params.text = field.value;
    params.scope = field.dataset.klartextScope || 'reply';
    params.lang = field.dataset.klartextLang || 'auto';
    params.panel = field.dataset.klartext;
    // what the text belongs to: the client's question, and terms the same document explains elsewhere
    if (field.dataset.klartextQuestion) {
      params.question = field.dataset.klartextQuestion;
    }
    if (field.dataset.klartextExplained) {
      params.explained = field.dataset.klartextExplained;
    }
    // the client the text is for: findings dismissed for this client stay silent
    if (field.dataset.klartextClient) {
      params.client = field.dataset.klartextClient;
    }
  }

  document.addEventListener('htmx:configRequest', (event) => {
    const elt = event.detail.elt;
    if (!elt || !elt.matches) {
      return;
    }
    if (elt.matches(SOURCES)) {
      addField(elt, event.detail.parameters);
    } else if (elt.matches('[data-klartext-action]')) {
      addAction(elt, event.detail.parameters);
    }
  });

  // A form with several checked fields (a brief) shows their sum: <section data-klartext-summary> with
  // <dd data-kt-sum="errors|warnings|minutes">. Each panel's result carries its own numbers.
  function sum(form) {
    const summary = form && form.querySelector('[data-klartext-summary]');
    if (!summary) {
      return;
    }
    const totals = { errors: 0, warnings: 0, seconds: 0, words: 0 };
    form.querySelectorAll('.kt-result-body').forEach((result) => {
      totals.errors += Number(result.dataset.ktErrors || 0);
      totals.warnings += Number(result.dataset.ktWarnings || 0);
      totals.seconds += Number(result.dataset.ktSeconds || 0);
      totals.words += Number(result.dataset.ktWords || 0);
    });
    const minutes = totals.words === 0 ? 0 : Math.max(1, Math.ceil(totals.seconds / 60));
    const show = { errors: totals.errors, warnings: totals.warnings, minutes };
    summary.querySelectorAll('[data-kt-sum]').forEach((cell) => {
      cell.textContent = String(show[cell.dataset.ktSum]);
    });
  }

  // Tell screen readers the one-line summary, not the whole panel.
  document.addEventListener('htmx:afterSwap', (event) => {
    const panel = event.detail.target && event.detail.target.closest('.kt-panel');
    if (!panel) {
      return;
    }
    const status = document.getElementById(panel.id + '-status');
    const summary = panel.querySelector('.kt-summary, .kt-error');
    if (status) {
      status.textContent = summary ? summary.textContent : '';
    }
    sum(panel.closest('form'));
    // after dismiss or undo the button is gone: keyboard focus goes to the note that says what happened
    const note = panel.querySelector('[data-klartext-focus]');
    if (note) {
      note.focus();
    }
  });

  document.addEventListener('htmx:load', (event) => wire(event.detail.elt));
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => wire(document));
  } else {
    wire(document);
  }
})();
