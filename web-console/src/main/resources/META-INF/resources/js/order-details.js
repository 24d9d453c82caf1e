// One order as both boards show it: its lines, its total, its history and the moves the role may ask for.
import { patch } from './api.js';
import { ACTION, allowed } from './transitions.js';
import { attempt, clear, el, money, say, when } from './ui.js';

export function render(order, role, changed) {
  const lines = el(
    'table',
    {},
    el('caption', { text: 'Lines' }),
    el('thead', {}, el('tr', {}, ['Product', 'Quantity', 'Unit price', 'Line total'].map((h) => el('th', { scope: 'col', text: h })))),
    el(
      'tbody',
      {},
      order.lines.map((line) =>
        el(
          'tr',
          {},
          el('td', { text: line.name || line.productId }),
          el('td', { text: line.quantity }),
          el('td', { text: money(line.unitPrice, order.currency) }),
          el('td', { text: money(line.lineTotal, order.currency) }),
        ),
      ),
    ),
  );
  const history = el(
    'ol',
    { class: 'history', 'aria-label': 'Status history' },
    order.statusHistory.length === 0
      ? el('li', { text: `${when(order.createdAt)}: placed, PENDING` })
      : order.statusHistory.map((change) =>
          el('li', { text: `${when(change.at)}: ${change.from} → ${change.to}${change.reason ? ' (' + change.reason + ')' : ''}` }),
        ),
  );
  const actions = allowed(role, order.status).map((status) =>
    el('button', {
      type: 'button',
      'data-status': status,
      text: ACTION[status],
      onclick: async () => {
        clear();
        const done = await attempt(() => patch(`/api/orders/${order.id}/status`, { status, reason: `${ACTION[status]} from the console` }));
        if (done) {
          say(`Order ${order.id.slice(0, 8)} is now ${done.body.to}.`, 'success');
          changed();
        }
      },
    }),
  );
  return el(
    'article',
    { class: 'order', 'data-order': order.id, 'data-status': order.status, 'aria-label': `Order ${order.id}` },
    el('h3', {}, `Order ${order.id.slice(0, 8)} `, el('span', { class: 'status', text: order.status })),
    el('p', { text: `Customer ${order.customerId}, placed ${when(order.createdAt)}, total ${money(order.total, order.currency)}` }),
    lines,
    history,
    actions.length ? el('div', { class: 'actions' }, actions) : el('p', { class: 'final', text: 'No action possible in this status.' }),
  );
}
