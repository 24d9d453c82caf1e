// The console in a real browser against the running system (scripts/console-e2e.sh starts it): what the people who
// run the shop do with it, checked by what the pages then show. Every page is also checked by axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CONSOLE = process.env.CONSOLE_URL || 'http://localhost:18282';
const OIDC_CONSOLE = process.env.OIDC_CONSOLE_URL || 'http://localhost:18283';
const SCREENSHOTS = process.env.SCREENSHOTS === '1';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.resolve(HERE, '../../docs/console');
const WAIT = { timeout: 20_000 };
const RUN = Date.now().toString(36);
const SKU = `E2E-${RUN}`.toUpperCase();

let browser;
let axeSource;
const problems = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  axeSource = await readFile(path.resolve(HERE, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (SCREENSHOTS) await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

// A person at the console: their own browser context (so their own session), signed in through the page.
async function signIn(subject, ...roles) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // a script or style the Content-Security-Policy blocks, or a script error, fails the test that met it
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`${subject}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${subject}: ${error.message}`));
  await page.goto(CONSOLE + '/index.html');
  // the form is offered once the page knows the console has a development sign-in
  await page.locator('#sign-in').waitFor({ state: 'visible', ...WAIT });
  await page.getByLabel('Name').fill(subject);
  for (const role of roles) await page.locator(`input[name=role][value="${role}"]`).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#signed-in').waitFor({ state: 'visible', ...WAIT });
  return page;
}

async function accessible(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
    [],
    `accessibility of ${name}`,
  );
  if (SCREENSHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

// The page said it worked; when it said otherwise, its words are the failure.
async function succeeded(page) {
  const said = await page.waitForFunction(
    () => {
      const alert = document.getElementById('alert');
      return ['success', 'error'].includes(alert.className) && { kind: alert.className, text: alert.textContent };
    },
    null,
    WAIT,
  );
  const { kind, text } = await said.jsonValue();
  assert.equal(kind, 'success', text);
  return text;
}

function noPageProblems() {
  assert.deepEqual(problems.splice(0), [], 'errors in the pages (script errors, CSP refusals)');
}

// A token as the sign-in page gets it, for changes made behind a page's back.
async function tokenFor(subject, ...roles) {
  const response = await fetch(CONSOLE + '/console/dev-sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subject, roles }),
  });
  assert.equal(response.status, 200);
  return (await response.json()).token;
}

async function findInCatalogue(page, sku) {
  await page.getByLabel('Name or SKU starts with').fill(sku);
  await page.getByRole('button', { name: 'Search' }).click();
  // the search's answer, not the page's first list, which may hold the product too
  await page.waitForFunction(
    (wanted) => {
      const rows = document.querySelectorAll('#products tbody tr');
      return rows.length === 1 && rows[0].dataset.sku === wanted;
    },
    sku,
    WAIT,
  );
  const row = page.locator(`#products tr[data-sku="${sku}"]`);
  return row;
}

// On My orders: the products on offer narrowed to one SKU.
async function findOnOffer(page, sku) {
  await page.getByLabel('Product name or SKU starts with').fill(sku);
  await page.getByRole('button', { name: 'Find products' }).click();
  // the search's answer, not the page's first list, which may hold just this product too (its inputs are replaced
  // when the search answers)
  await page.waitForFunction(
    (wanted) => {
      const rows = document.querySelectorAll('#offer tbody[data-query="' + wanted + '"] tr');
      return rows.length === 1 && rows[0].dataset.sku === wanted;
    },
    sku,
    WAIT,
  );
}

let productId;

test('an admin creates a product and edits it', async () => {
  const page = await signIn('admin-e2e', 'catalog-admin');
  await accessible(page, 'sign-in');
  await page.getByRole('link', { name: 'Catalogue' }).first().click();
  await page.locator('#create').waitFor({ state: 'visible', ...WAIT });

  await page.locator('#new-sku').fill(SKU);
  await page.locator('#new-name').fill('Desk lamp');
  await page.locator('#new-description').fill('Warm white');
  await page.locator('#new-category').fill('lighting');
  await page.locator('#new-price').fill('25.00');
  await page.locator('#new-stock').fill('10');
  await page.getByRole('button', { name: 'Add product' }).click();
  await succeeded(page);

  const row = await findInCatalogue(page, SKU);
  productId = await row.getAttribute('data-product');
  assert.match(await row.innerText(), /Desk lamp/);
  await accessible(page, 'catalogue');

  await row.getByRole('button', { name: 'Edit Desk lamp' }).click();
  await page.locator('#edit-name').fill('Desk lamp, brass');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await succeeded(page);
  await page.waitForFunction(
    (sku) => document.querySelector(`#products tr[data-sku="${sku}"]`)?.textContent.includes('Desk lamp, brass'),
    SKU,
    WAIT,
  );
  await accessible(page, 'catalogue-edit');

  await page.locator('#delta').fill('5');
  await page.locator('#reason').fill('delivery');
  await page.getByRole('button', { name: 'Adjust stock' }).click();
  await page.getByText('Stock is now 15.').waitFor(WAIT);
  noPageProblems();
  await page.context().close();
});

test('an edit that lost a race shows the conflict and the current values', async () => {
  const page = await signIn('admin-e2e', 'catalog-admin');
  await page.goto(CONSOLE + '/catalogue.html');
  const row = await findInCatalogue(page, SKU);
  await row.getByRole('button', { name: /^Edit / }).click();
  await page.locator('#edit-name').fill('My lamp');

  // meanwhile another admin renames it
  const other = await tokenFor('other-admin', 'catalog-admin');
  const read = await fetch(`${CONSOLE}/api/products/${productId}`);
  const product = await read.json();
  const changed = await fetch(`${CONSOLE}/api/products/${productId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + other, 'If-Match': read.headers.get('ETag') },
    body: JSON.stringify({ sku: product.sku, name: 'Their lamp', description: product.description, category: product.category, price: product.price }),
  });
  assert.equal(changed.status, 200);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.locator('#conflict').waitFor({ state: 'visible', ...WAIT });
  // the list reloads with the winner's name, and the message stays (a reload once took it away)
  await page.waitForFunction(
    (sku) => document.querySelector(`#products tr[data-sku="${sku}"]`)?.textContent.includes('Their lamp'),
    SKU,
    WAIT,
  );
  assert.match(await page.locator('#alert').innerText(), /Someone else changed this product/);
  assert.match(await page.locator('#current-values').innerText(), /Their lamp/);
  await accessible(page, 'catalogue-conflict');
  noPageProblems();
  await page.context().close();
});

let orderId;

test('a customer places an order and sees it confirmed; nothing staff-only is offered', async () => {
  const page = await signIn('customer-e2e', 'customer');
  await page.getByRole('link', { name: 'My orders' }).first().click();
  await findOnOffer(page, SKU);
  const quantity = page.locator(`input[data-product="${productId}"]`);
  await quantity.waitFor(WAIT);
  await quantity.fill('2');
  await page.getByRole('button', { name: 'Place order' }).click();
  await succeeded(page);
  orderId = (await page.locator('#mine article').first().getAttribute('data-order'));

  const order = page.locator(`#mine article[data-order="${orderId}"][data-status="CONFIRMED"]`);
  await order.waitFor({ state: 'visible', timeout: 60_000 });
  assert.match(await order.innerText(), /Their lamp/);
  // a customer may cancel a confirmed order, never ship or deliver it
  assert.equal(await order.locator('button[data-status=SHIPPED]').count(), 0);
  assert.equal(await order.locator('button[data-status=DELIVERED]').count(), 0);
  assert.equal(await order.locator('button[data-status=CANCELLED]').count(), 1);
  await accessible(page, 'my-orders');

  // the catalogue is read-only to a customer, and the staff board is not theirs
  await page.goto(CONSOLE + '/catalogue.html');
  await findInCatalogue(page, SKU);
  assert.equal(await page.getByRole('button', { name: /^Edit / }).count(), 0);
  assert.equal(await page.locator('#admin').isVisible(), false);
  assert.equal(await page.getByRole('link', { name: 'Orders board' }).count(), 0);
  noPageProblems();
  await page.context().close();
});

test('a customer signs in through the identity provider, orders, and the page never holds their token', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`oidc: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`oidc: ${message.text()}`);
  });
  await page.goto(OIDC_CONSOLE + '/index.html');
  // no development sign-in on a console with a provider
  await page.getByRole('link', { name: 'Sign in with your identity provider' }).waitFor(WAIT);
  assert.equal(await page.locator('#sign-in').isVisible(), false);
  await accessible(page, 'sign-in-provider');

  // a person who cancels at the provider is told so, in the console's words
  await page.getByRole('link', { name: 'Sign in with your identity provider' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('#alert.error').waitFor(WAIT);
  assert.match(await page.locator('#alert').innerText(), /did not sign you in/);

  await page.getByRole('link', { name: 'Sign in with your identity provider' }).click();
  await page.getByLabel('User name').fill('oidc-customer-e2e');
  await page.locator('input[name=role][value=customer]').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#signed-in').waitFor({ state: 'visible', ...WAIT });
  assert.match(await page.locator('#nav .who').innerText(), /Signed in as oidc-customer-e2e \(customer\)/);
  // the token is in an HttpOnly cookie: nothing a script of the page could read or leak
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.doesNotMatch(await page.evaluate(() => JSON.stringify(sessionStorage)), /eyJ/);

  // the services act on the provider's token, passed on by the console
  await page.getByRole('link', { name: 'My orders' }).first().click();
  await findOnOffer(page, SKU);
  const quantity = page.locator(`input[data-product="${productId}"]`);
  await quantity.waitFor(WAIT);
  await quantity.fill('1');
  await page.getByRole('button', { name: 'Place order' }).click();
  await succeeded(page);
  const placed = await page.locator('#mine article').first().getAttribute('data-order');
  await page.locator(`#mine article[data-order="${placed}"][data-status="CONFIRMED"]`).waitFor({ state: 'visible', timeout: 60_000 });

  // signed out, the cookie is gone: the console no longer knows them
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in with your identity provider' }).waitFor(WAIT);
  const after = await page.evaluate(async () => (await fetch('/console/session')).status);
  assert.equal(after, 401);
  noPageProblems();
  await context.close();
});

test('staff ship and deliver the order, and a delivered order offers nothing more', async () => {
  const page = await signIn('picker-e2e', 'fulfilment');
  await page.getByRole('link', { name: 'Orders board' }).first().click();
  const card = page.locator(`[data-column=CONFIRMED] button[data-order="${orderId}"]`);
  await card.waitFor(WAIT);
  await accessible(page, 'orders-board');
  await card.click();

  const details = page.locator(`#order article[data-order="${orderId}"]`);
  await details.waitFor(WAIT);
  // from CONFIRMED the state machine allows SHIPPED and CANCELLED only
  assert.deepEqual(await details.locator('.actions button').evaluateAll((b) => b.map((x) => x.dataset.status)), ['SHIPPED', 'CANCELLED']);
  await details.getByRole('button', { name: 'Ship' }).click();
  await page.locator(`#order article[data-order="${orderId}"][data-status="SHIPPED"]`).waitFor(WAIT);
  await page.locator(`[data-column=SHIPPED] button[data-order="${orderId}"]`).waitFor(WAIT);

  await page.getByRole('button', { name: 'Mark delivered' }).click();
  const delivered = page.locator(`#order article[data-order="${orderId}"][data-status="DELIVERED"]`);
  await delivered.waitFor(WAIT);
  assert.equal(await delivered.locator('.actions button').count(), 0);
  assert.match(await delivered.innerText(), /No action possible/);
  assert.match(await delivered.locator('.history').innerText(), /CONFIRMED → SHIPPED[\s\S]*SHIPPED → DELIVERED/);
  await accessible(page, 'order-details');
  noPageProblems();
  await page.context().close();
});

test('the catalogue pages by keyset, forward and back, and a refused product names its fields', async () => {
  const admin = await tokenFor('admin-paging', 'catalog-admin');
  const prefix = `PG-${RUN}-`.toUpperCase();
  for (let i = 0; i < 12; i++) {
    const created = await fetch(CONSOLE + '/api/products', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + admin },
      body: JSON.stringify({ sku: `${prefix}${String(i).padStart(2, '0')}`, name: `Paging ${i}`, category: 'paging', price: 1 + i, stock: 1 }),
    });
    assert.equal(created.status, 201);
  }
  const page = await signIn('admin-paging', 'catalog-admin');
  await page.goto(CONSOLE + '/catalogue.html');
  await page.getByLabel('Name or SKU starts with').fill(prefix);
  await page.locator('#sort').selectOption('price');
  await page.locator('#size').selectOption('10');
  await page.getByRole('button', { name: 'Search' }).click();
  const skus = () => page.locator('#products tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.sku));
  await page.waitForFunction(() => document.querySelectorAll('#products tbody tr').length === 10, null, WAIT);
  const first = await skus();
  assert.equal(first[0], `${prefix}00`);
  assert.equal(await page.getByRole('button', { name: 'Previous page' }).isDisabled(), true);

  await page.getByRole('button', { name: 'Next page' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#products tbody tr').length === 2, null, WAIT);
  assert.deepEqual(await skus(), [`${prefix}10`, `${prefix}11`]);
  assert.equal(await page.getByRole('button', { name: 'Next page' }).isDisabled(), true);

  await page.getByRole('button', { name: 'Previous page' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#products tbody tr').length === 10, null, WAIT);
  assert.deepEqual(await skus(), first);

  // the service refuses a negative price and an empty category; the page says which fields, in words
  await page.locator('#new-sku').fill(`${prefix}BAD`);
  await page.locator('#new-name').fill('Bad');
  await page.locator('#new-category').fill('paging');
  await page.locator('#new-price').fill('-1');
  await page.getByRole('button', { name: 'Add product' }).click();
  const refusal = await page.waitForFunction(
    () => document.getElementById('alert').className === 'error' && document.getElementById('alert').textContent,
    null,
    WAIT,
  );
  assert.match(await refusal.jsonValue(), /price: /);
  noPageProblems();
  await page.context().close();
});

test('a person without a mouse signs in, reaches the orders board and opens an order with the keyboard alone', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(CONSOLE + '/index.html');
  await page.locator('#sign-in').waitFor({ state: 'visible', ...WAIT });

  // the first stop of the tab order is the name; the roles follow it, then the button
  await page.locator('body').focus();
  await tabUntil(page, (el) => el.id === 'subject');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('picker-keys');
  await tabUntil(page, (el) => el.name === 'role' && el.value === 'fulfilment');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.locator('#signed-in').waitFor({ state: 'visible', ...WAIT });

  await tabUntil(page, (el) => el.tagName === 'A' && el.textContent === 'Orders board');
  await page.keyboard.press('Enter');
  await page.waitForURL(/orders\.html$/, WAIT);
  const card = page.locator(`button[data-order="${orderId}"]`);
  await card.waitFor(WAIT);
  await tabUntil(page, (el) => el.dataset.order !== undefined && el.tagName === 'BUTTON');
  await page.keyboard.press('Enter');
  await page.locator('#order article').waitFor(WAIT);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BUTTON', 'focus stays on the board');
  await context.close();
});

// Presses Tab until the focused element is the one wanted (at most 40 times), as a keyboard user would.
async function tabUntil(page, wanted) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${wanted.toString()})(document.activeElement)`)) return;
  }
  assert.fail('the keyboard never reached the element: ' + wanted.toString());
}
