import { Problem, get, post, put } from './api.js';
import { has, requireRole } from './session.js';
import { attempt, clear, el, money, navigation, say } from './ui.js';

requireRole('catalog-admin', 'customer', 'fulfilment');
navigation();
const admin = has('catalog-admin');
document.getElementById('admin').hidden = !admin;

const filters = document.getElementById('filters');
const rows = document.querySelector('#products tbody');
// keyset paging: the cursors of the pages before this one, so "Previous" can go back
let cursors = [];
let cursor = null;
let nextCursor = null;

function query() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(filters)) if (String(value).trim() !== '') params.set(name, String(value).trim());
  if (cursor) params.set('cursor', cursor);
  return params;
}

// only the latest request fills the table: an earlier one answering late must not replace it
let loads = 0;

async function load() {
  const request = ++loads;
  const page = await attempt(() => get('/api/products?' + query()));
  if (!page || request !== loads) return;
  nextCursor = page.body.nextCursor;
  rows.replaceChildren(...page.body.items.map(row));
  if (page.body.items.length === 0) rows.append(el('tr', {}, el('td', { colspan: 6, text: 'No product matches.' })));
  document.getElementById('next-page').disabled = !nextCursor;
  document.getElementById('previous-page').disabled = cursors.length === 0;
  document.getElementById('first-page').disabled = cursors.length === 0;
}

function row(product) {
  const actions = admin
    ? el('button', { type: 'button', text: 'Edit', 'aria-label': `Edit ${product.name}`, onclick: () => edit(product.id) })
    : '';
  return el(
    'tr',
    { 'data-product': product.id, 'data-sku': product.sku },
    el('td', { text: product.sku }),
    el('td', { text: product.name }),
    el('td', { text: product.category }),
    el('td', { text: money(product.price, product.currency) }),
    el('td', { class: 'stock', text: product.availableStock }),
    el('td', {}, actions),
  );
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  clear();
  cursors = [];
  cursor = null;
  load();
});
document.getElementById('next-page').addEventListener('click', () => {
  cursors.push(cursor);
  cursor = nextCursor;
  load();
});
document.getElementById('previous-page').addEventListener('click', () => {
  cursor = cursors.pop() ?? null;
  load();
});
document.getElementById('first-page').addEventListener('click', () => {
  cursors = [];
  cursor = null;
  load();
});

// --- catalogue admins ----------------------------------------------------------------------------------------------
const editor = document.getElementById('editor');
const editForm = document.getElementById('edit');
let editing = null; // { id, etag }

function fields(form) {
  const values = Object.fromEntries(new FormData(form));
  const body = {
    sku: values.sku.trim(),
    name: values.name.trim(),
    description: values.description.trim() || null,
    category: values.category.trim(),
    price: Number(values.price),
  };
  if (values.currency && values.currency.trim()) body.currency = values.currency.trim().toUpperCase();
  return body;
}

document.getElementById('create').addEventListener('submit', async (event) => {
  event.preventDefault();
  clear();
  const form = event.target;
  const body = { ...fields(form), stock: Number(form.elements.stock.value) };
  const created = await attempt(() => post('/api/products', body));
  if (created) {
    say(`Added ${body.name} (${body.sku}).`, 'success');
    form.reset();
    load();
  }
});

async function edit(id) {
  const product = await attempt(() => get('/api/products/' + id));
  if (!product) return;
  editing = { id, etag: product.etag };
  fill(product.body);
  document.getElementById('conflict').hidden = true;
  editor.hidden = false;
  editForm.elements.name.focus();
}

function fill(product) {
  for (const name of ['sku', 'name', 'description', 'category', 'price', 'currency']) {
    editForm.elements[name].value = product[name] ?? '';
  }
}

editForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clear();
  try {
    const saved = await put('/api/products/' + editing.id, fields(editForm), { headers: { 'If-Match': editing.etag } });
    editing.etag = saved.etag;
    document.getElementById('conflict').hidden = true;
    say('Saved.', 'success');
    load();
  } catch (failure) {
    if (failure instanceof Problem && (failure.status === 412 || (failure.status === 409 && failure.problem.currentVersion !== undefined))) {
      await showConflict();
    } else {
      say(failure.message);
    }
  }
});

// Another edit won the race: show what the product says now, and let the next save replace it knowingly.
async function showConflict() {
  const current = await attempt(() => get('/api/products/' + editing.id));
  if (!current) return;
  editing.etag = current.etag;
  const values = current.body;
  document.getElementById('current-values').replaceChildren(
    ...[
      ['SKU', values.sku],
      ['Name', values.name],
      ['Description', values.description ?? '—'],
      ['Category', values.category],
      ['Price', money(values.price, values.currency)],
    ].flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]),
  );
  document.getElementById('conflict').hidden = false;
  load();
  say('Someone else changed this product while you were editing it; nothing was saved. Its current values are shown below the form.');
}

document.getElementById('close-editor').addEventListener('click', () => {
  editor.hidden = true;
  editing = null;
});

document.getElementById('adjust').addEventListener('submit', async (event) => {
  event.preventDefault();
  clear();
  const form = event.target;
  const body = { delta: Number(form.elements.delta.value), reason: form.elements.reason.value.trim() };
  const adjusted = await attempt(() => post(`/api/products/${editing.id}/stock-adjustments`, body));
  if (adjusted) {
    say(`Stock is now ${adjusted.body.availableStock}.`, 'success');
    form.reset();
    load();
  }
});

load();
