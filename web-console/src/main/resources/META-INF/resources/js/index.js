import { get, post } from './api.js';
import { current, start } from './session.js';
import { attempt, clear, el, navigation, say } from './ui.js';

// Why a sign-in through the identity provider came back unfinished (the console's words; the provider's are logged).
const SIGN_IN_FAILURES = {
  expired: 'That sign-in took too long or was started in another tab. Sign in again.',
  refused: 'Your identity provider did not sign you in. Try again, or ask your administrator for access.',
  failed: 'The sign-in could not be completed. Try again; if it keeps failing, tell your administrator.',
  unavailable: 'Your identity provider cannot be reached right now. Try again in a moment.',
};

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
  const failure = new URLSearchParams(location.search).get('sign-in');
  if (failure) say(SIGN_IN_FAILURES[failure] || SIGN_IN_FAILURES.failed);
  const config = await attempt(() => get('/console/config'));
  if (!config) return;
  if (config.body.oidc) {
    // signed in through the provider: the session is the console's cookie, which the page can only ask about
    const session = await providerSession();
    if (session) {
      start({ ...session, token: null });
      history.replaceState(null, '', 'index.html');
      showSignedIn(session);
      return;
    }
    document.getElementById('provider-sign-in').hidden = false;
  }
  if (!config.body.devSignIn) {
    document.getElementById('no-sign-in').hidden = config.body.oidc;
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

async function providerSession() {
  try {
    return (await get('/console/session')).body;
  } catch (notSignedIn) {
    if (notSignedIn.status !== 401) say(notSignedIn.message);
    return null;
  }
}

init();
