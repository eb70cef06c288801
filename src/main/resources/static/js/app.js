// Every htmx request carries the CSRF token from the page, like a normal form post does.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// On a phone the site menu folds behind one button (the CSS decides the width); without JavaScript it stays open.
document.addEventListener('DOMContentLoaded', () => {
  const toggle = document.querySelector('.menu-toggle');
  if (!toggle) {
    return;
  }
  const header = toggle.closest('.site-header');
  header.classList.add('js-menu');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  });
});

// Sent to sign in from /conversations/5/live#topic-12, the browser is at /login#topic-12. The form posts to
// /login#topic-12, so the redirect back to the page keeps the topic (a redirect without a fragment inherits it).
document.addEventListener('DOMContentLoaded', () => {
  const login = document.querySelector('form[action$="/login"][method="post"]');
  if (login && location.hash.length > 1) {
    login.action = login.getAttribute('action') + location.hash;
  }
});
