import { get, post } from './api.js';
import { current, start } from './session.js';
import { attempt, clear, el, navigation } from './ui.js';

const DESTINATIONS = [
  { href: 'catalogue.html', label: 'Catalogue', roles: ['catalog-admin', 'customer', 'fulfilment'] },
  { href: 'orders.html', label: 'Orders board', roles: ['fulfilment'] },
  { href: 'my-orders.html', label: 'My orders', roles: ['customer'] },
];

function showSignedIn(session) {
  document.getElementById('signed-in').hidden = false;
  document.getElementById('sign-in').hidden = true;
  const list = document.getElementById('destinations');
  list.replaceChildren(
    ...DESTINATIONS.filter((d) => d.roles.some((role) => session.roles.includes(role))).map((d) =>
      el('li', {}, el('a', { href: d.href, text: d.label })),
    ),
  );
  navigation();
}

async function init() {
  const session = current();
  if (session) {
    showSignedIn(session);
    return;
  }
  const config = await attempt(() => get('/console/config'));
  if (!config) return;
  if (!config.body.devSignIn) {
    document.getElementById('no-sign-in').hidden = false;
    return;
  }
  const form = document.getElementById('sign-in');
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear();
    const subject = form.elements.subject.value.trim();
    const roles = [...form.querySelectorAll('input[name=role]:checked')].map((box) => box.value);
    const signedIn = await attempt(() => post('/console/dev-sign-in', { subject, roles }));
    if (signedIn) {
      start(signedIn.body);
      showSignedIn(signedIn.body);
    }
  });
}

init();
