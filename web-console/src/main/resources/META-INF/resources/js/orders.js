import { get } from './api.js';
import { render } from './order-details.js';
import { requireRole } from './session.js';
import { STATUSES } from './transitions.js';
import { attempt, el, navigation, when } from './ui.js';

requireRole('fulfilment');
navigation();
const REFRESH_MS = 4000;
let selected = null;

async function refresh() {
  const pages = await attempt(
    () => Promise.all(STATUSES.map((status) => get(`/api/orders?status=${status}&size=20`))),
    'background',
  );
  if (pages) {
    document.getElementById('board').replaceChildren(...STATUSES.map((status, i) => column(status, pages[i].body)));
    document.getElementById('refreshed').textContent = `Refreshed ${when(new Date().toISOString())}`;
  }
  if (selected) await show(selected, true);
}

function column(status, page) {
  return el(
    'section',
    { class: 'column', 'data-column': status, 'aria-label': status },
    el('h2', { text: `${status} (${page.items.length}${page.nextCursor ? '+' : ''})` }),
    el(
      'ul',
      {},
      page.items.map((order) =>
        el(
          'li',
          {},
          el('button', {
            type: 'button',
            class: 'card',
            'data-order': order.id,
            text: `${order.id.slice(0, 8)} · ${order.customerId} · ${order.lines.length} line(s)`,
            onclick: () => show(order.id),
          }),
        ),
      ),
    ),
  );
}

// A refresh redraws the details only when the order moved, so the keyboard focus stays where it was.
async function show(id, refreshing = false) {
  selected = id;
  const order = await attempt(() => get('/api/orders/' + id), refreshing ? 'background' : 'action');
  if (!order) return;
  const shown = document.querySelector('#order article');
  if (refreshing && shown && shown.dataset.order === id && shown.dataset.status === order.body.status) return;
  document.getElementById('no-order').hidden = true;
  document.getElementById('order').replaceChildren(render(order.body, 'fulfilment', refresh));
}

refresh();
setInterval(refresh, REFRESH_MS);
