// Small helpers the pages share: building elements, the alert region, the navigation.
import { current, end } from './session.js';

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

// Shows what went wrong (or right) in the page's alert region, where a screen reader announces it. The source says
// whether a person's action or a background refresh said it.
export function say(message, kind = 'error', source = 'action') {
  const region = document.getElementById('alert');
  region.className = kind;
  region.dataset.source = source;
  region.textContent = message;
}

export function clear() {
  say('', 'none');
}

// Runs an action, showing its failure in words; returns undefined when it failed. A background refresh that works
// again takes away the failure a refresh showed, never what a person's action was told: that stays until their next
// action.
export async function attempt(action, source = 'action') {
  try {
    const result = await action();
    const region = document.getElementById('alert');
    if (source === 'background' && region.className === 'error' && region.dataset.source === 'background') clear();
    return result;
  } catch (failure) {
    say(failure.message, 'error', source);
    return undefined;
  }
}

const PAGES = [
  { href: 'catalogue.html', label: 'Catalogue', roles: ['catalog-admin', 'customer', 'fulfilment'] },
  { href: 'orders.html', label: 'Orders board', roles: ['fulfilment'] },
  { href: 'my-orders.html', label: 'My orders', roles: ['customer'] },
];

export function navigation() {
  const nav = document.getElementById('nav');
  const session = current();
  if (!nav || !session) return;
  const list = el('ul');
  for (const page of PAGES.filter((p) => p.roles.some((role) => session.roles.includes(role)))) {
    const here = location.pathname.endsWith(page.href);
    list.append(el('li', {}, el('a', { href: page.href, 'aria-current': here ? 'page' : null, text: page.label })));
  }
  const signOut = el('button', {
    type: 'button',
    text: 'Sign out',
    onclick: async () => {
      // a session kept in the console's cookie (no token in the page) is ended there too
      if (!session.token) await fetch('/console/sign-out', { method: 'POST' }).catch(() => undefined);
      end();
      location.assign('index.html');
    },
  });
  nav.replaceChildren(list, el('p', { class: 'who' }, `Signed in as ${session.subject} (${session.roles.join(', ')}) `, signOut));
}

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '—';
  return `${Number(amount).toFixed(2)} ${currency || ''}`.trim();
}

export function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '—';
}
