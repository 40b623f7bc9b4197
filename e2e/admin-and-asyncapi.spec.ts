import { readFileSync } from 'node:fs';
import { expect, test, unique } from './fixtures';

const fixture = (name: string) => readFileSync(new URL(`../lib/domain/asyncapi/fixtures/${name}`, import.meta.url), 'utf8');

/** The Kafka fixture with every catalog name made unique, so runs sharing a store never collide. */
function kafkaOrdersDocument(id: string): string {
  return fixture('kafka-orders.yaml').replace(/\b(OrderPlaced|OrderCancelled|PaymentEvent|OrderSnapshot|OrderAudited|orderEvents|orderAudit|Order Platform)\b/g, `$1${id}`);
}

test('an owner creates an API token, sees it once, and revoking it locks it out', async ({ signedIn: page }) => {
  const name = `ci-${unique()}`;
  await page.goto('/w/demo/settings');
  await page.getByLabel('Token name').fill(name);
  await page.getByLabel('Token role').selectOption('viewer');
  await page.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByTestId('new-token');
  await expect(shown).toHaveValue(/^efp_/);
  await expect(page.getByText('you won’t see it again')).toBeVisible();
  const token = await shown.inputValue();
  const asToken = { headers: { authorization: `Bearer ${token}` } };
  expect((await page.request.get('/api/v1/workspaces/demo/events', asToken)).status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 10));

  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('Revoked');
  expect((await page.request.get('/api/v1/workspaces/demo/events', asToken)).status()).toBe(401);
});

test('a signed-in browser uses the API through the server’s API lane, which still refuses cross-site writes', async ({ signedIn: page, request }) => {
  // The browser's own session cookie, replayed by a separate client.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const read = await request.get('/api/v1/workspaces/demo/events?limit=5', { headers: { cookie } });
  expect(read.status()).toBe(200);
  // Answered by the server's node:http lane (lib/server/lanes/api-lane.ts), not Next's router.
  expect(read.headers()['x-eventflow-lane']).toBe('api');
  // Idle connections are kept longer than a proxy's usual 60 s, so the server never closes one first.
  expect(read.headers()['keep-alive']).toBe('timeout=65');
  expect(((await read.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);

  const name = `LaneProbe${unique()}`;
  const create = (origin: string) =>
    request.post('/api/v1/workspaces/demo/services', { headers: { cookie, origin, 'sec-fetch-site': 'cross-site' }, data: { name, description: 'made through the lane' } });
  const forged = await create('https://evil.example');
  expect(forged.status()).toBe(403);
  expect(forged.headers()['x-eventflow-lane']).toBe('api');
  expect((await request.get(`/api/v1/workspaces/demo/services/${name}`, { headers: { cookie } })).status()).toBe(404);
  const own = await create(new URL(page.url()).origin);
  expect(own.status()).toBe(201);
});

test('signing out ends the session at once: cookies copied before it open nothing', async ({ signedIn: page, request }) => {
  const copied = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const asCopied = { headers: { cookie: copied }, maxRedirects: 0 };
  expect((await request.get('/api/v1/workspaces/demo/events?limit=1', asCopied)).status()).toBe(200);

  await page.goto('/w/demo');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in**');

  // Within the same minute: no cached session cookie or remembered session vouches for it any more.
  expect((await request.get('/api/v1/workspaces/demo/events?limit=1', asCopied)).status()).toBe(401);
  const pageAfter = await request.get('/w/demo', asCopied);
  expect(pageAfter.status()).toBeGreaterThanOrEqual(300);
  expect(pageAfter.status()).toBeLessThan(400);
  expect(pageAfter.headers()['location']).toContain('/sign-in');
});

test('an invited newcomer signs up, accepts the link and sees the workspace', async ({ signedIn: page, browser, baseURL }) => {
  await page.goto('/w/demo/settings');
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByTestId('invitation-link').inputValue();
  expect(link).toMatch(/^https?:\/\/[^/]+\/invite\/efi_/);

  const newcomer = await browser.newContext({ baseURL });
  const other = await newcomer.newPage();
  await other.goto('/sign-in');
  await other.getByRole('button', { name: 'No account yet? Create one' }).click();
  await other.getByLabel('Name').fill('Nia Newcomer');
  await other.getByLabel('Email').fill(`nia-${unique()}@example.com`);
  await other.getByLabel('Password').fill('correct horse battery');
  await other.getByRole('button', { name: 'Create account' }).click();
  await other.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

  await other.goto(link);
  await expect(other.getByRole('heading', { name: /Join .* as editor/ })).toBeVisible();
  await other.getByRole('button', { name: 'Accept invitation' }).click();
  await other.waitForURL('**/w/demo');
  await expect(other.getByTestId('role')).toHaveText('editor');
  await expect(other.getByRole('link', { name: 'OrderCreated' }).first()).toBeVisible();

  // A link works once: opened again by someone else, it says so.
  const stranger = await browser.newContext({ baseURL });
  const third = await stranger.newPage();
  await third.goto(link);
  await expect(third.getByText(/already used/)).toBeVisible();
  await Promise.all([newcomer.close(), stranger.close()]);
});

test('the history page lists a change just made, with its values', async ({ signedIn: page, baseURL }) => {
  const name = `History Probe ${unique()}`;
  const created = await page.request.post('/api/v1/workspaces/demo/services', { data: { name, owner: 'team-history' }, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);

  await page.goto('/w/demo/history?entityType=service');
  const entry = page.getByTestId('history-entry').filter({ hasText: name });
  await expect(entry).toContainText('Demo Owner');
  await expect(entry).toContainText('created');
  await entry.getByText(/Show values/).click();
  await expect(entry.getByTestId('change-diff')).toContainText('team-history');

  await entry.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('#history').getByTestId('history-entry')).toContainText('created');
});

test('importing a pasted AsyncAPI 3 document previews, applies, and is unchanged the second time', async ({ signedIn: page }) => {
  await page.goto('/w/demo/asyncapi');
  const paste = page.getByLabel('Or paste a document (YAML or JSON)');
  await paste.fill(kafkaOrdersDocument(unique()));

  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('plan-create')).toBeVisible();
  const creates = Number(await page.getByTestId('count-create').textContent());
  expect(creates).toBeGreaterThan(0);
  await expect(page.getByTestId('import-plan')).toContainText('Nothing has been written yet');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import done')).toBeVisible();

  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-plan')).toContainText('Nothing has been written yet');
  for (const action of ['create', 'update', 'new-version', 'refused']) await expect(page.getByTestId(`count-${action}`)).toHaveText('0');
  expect(Number(await page.getByTestId('count-unchanged').textContent())).toBeGreaterThanOrEqual(creates);

  await paste.fill(fixture('invalid-bad-ref.yaml'));
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-error')).toContainText('nothing was imported');
  await expect(page.getByTestId('diagnostic-path').first()).toContainText('/channels/orders/messages/OrderPlaced');
});
