import { get, post } from './api.js';
import { render } from './order-details.js';
import { requireRole } from './session.js';
import { attempt, clear, el, money, navigation, say, when } from './ui.js';

requireRole('customer');
navigation();
const REFRESH_MS = 3000;
const offer = document.querySelector('#offer tbody');

// only the latest search fills the table: an earlier one answering late must not replace it
let searches = 0;

async function find() {
  const search = ++searches;
  const q = document.getElementById('q').value.trim();
  const page = await attempt(() => get('/api/products?inStock=true&size=20' + (q ? '&q=' + encodeURIComponent(q) : '')));
  if (!page || search !== searches) return;
  offer.replaceChildren(
    ...page.body.items.map((product) =>
      el(
        'tr',
        { 'data-product': product.id, 'data-sku': product.sku },
        el('th', { scope: 'row', text: `${product.name} (${product.sku})` }),
        el('td', { text: money(product.price, product.currency) }),
        el('td', { text: product.availableStock }),
        el(
          'td',
          {},
          el('label', { for: 'quantity-' + product.id, class: 'visually-hidden', text: `Quantity of ${product.name}` }),
          el('input', {
            id: 'quantity-' + product.id,
            name: 'quantity',
            type: 'number',
            min: 0,
            max: 10000,
            value: 0,
            'data-product': product.id,
            'data-price': product.price,
            'data-currency': product.currency,
          }),
        ),
      ),
    ),
  );
  if (page.body.items.length === 0) offer.append(el('tr', {}, el('td', { colspan: 4, text: 'No product in stock matches.' })));
  // which search the table answers, so whoever waits for one (a test) can tell it from the page's first list
  offer.dataset.query = q;
}

document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  find();
});

document.getElementById('basket').addEventListener('submit', async (event) => {
  event.preventDefault();
  clear();
  const lines = [...offer.querySelectorAll('input[name=quantity]')]
    .filter((input) => Number(input.value) > 0)
    .map((input) => ({
      productId: input.dataset.product,
      quantity: Number(input.value),
      // the price the customer saw: never charged more (docs/api/orders.md, price protection)
      seenPrice: { amount: Number(input.dataset.price), currency: input.dataset.currency },
    }));
  if (lines.length === 0) {
    say('Choose a quantity for at least one product.');
    return;
  }
  const placed = await attempt(() => post('/api/orders', { lines }, { headers: { 'Idempotency-Key': crypto.randomUUID() } }));
  if (placed) {
    say(`Order ${placed.body.id.slice(0, 8)} placed; it is PENDING until the stock is reserved.`, 'success');
    event.target.reset();
    refresh();
  }
});

async function refresh() {
  const page = await attempt(() => get('/api/orders?size=10'), 'background');
  if (!page) return;
  const mine = document.getElementById('mine');
  const shown = new Map([...mine.querySelectorAll('article')].map((article) => [article.dataset.order, article.dataset.status]));
  const same = page.body.items.length === shown.size && page.body.items.every((order) => shown.get(order.id) === order.status);
  if (!same) mine.replaceChildren(...page.body.items.map((order) => render(order, 'customer', refresh)));
  if (page.body.items.length === 0) mine.replaceChildren(el('p', { text: 'You have placed no order yet.' }));
  document.getElementById('refreshed').textContent = `Refreshed ${when(new Date().toISOString())}`;
}

find();
refresh();
setInterval(refresh, REFRESH_MS);
