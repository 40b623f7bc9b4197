import type { Browser, Page } from '@playwright/test';
import { expect, test, unique } from './fixtures';

/**
 * The demo event the story edits: one version, BACKWARD (the workspace default), consumed
 * by Order Service, which declares it reads `/orderId` and `/reason`.
 */
const EVENT = 'ReserveFailed';

/** A new user who joined the demo workspace as an editor through an invitation link: no owner override. */
async function signInAsNewEditor(owner: Page, browser: Browser, baseURL: string): Promise<Page> {
  const invitation = await owner.request.post('/api/v1/workspaces/demo/invitations', { data: { role: 'editor' }, headers: { origin: baseURL } });
  expect(invitation.status()).toBe(201);
  const { path } = (await invitation.json()) as { path: string };

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const id = unique();
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'No account yet? Create one' }).click();
  await page.getByLabel('Name').fill(`Reviewer ${id}`);
  await page.getByLabel('Email').fill(`reviewer-${id}@example.com`);
  await page.getByLabel('Password').fill('reviewer-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(path);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.waitForURL('**/w/demo**');
  return page;
}

test('a reviewer proposes a breaking change, sees why it breaks and cannot publish it; a compatible change publishes', async ({ signedIn: owner, browser, baseURL }) => {
  const page = await signInAsNewEditor(owner, browser, baseURL!);
  await page.goto(`/w/demo/events/${EVENT}`);
  const versions = page.getByTestId('versions').locator(':scope > li');
  const before = await versions.count();
  expect(before).toBeGreaterThan(0);
  // An editor has no override: only owners may publish a breaking change.
  await expect(page.getByLabel('Override reason')).toHaveCount(0);

  const schemaField = page.getByLabel('Schema', { exact: true });
  const examplesField = page.getByLabel('Examples', { exact: true });
  const original = JSON.parse(await schemaField.inputValue()) as { properties: Record<string, unknown> };
  const originalExamples = await examplesField.inputValue();
  const verdict = page.getByTestId('live-verdict');
  const publish = page.getByRole('button', { name: 'Publish version' });

  // Breaking: Order Service reads /orderId, and the draft turns it from a uuid string into an integer.
  const breaking = structuredClone(original);
  breaking.properties.orderId = { type: 'integer', description: 'The order that could not be served.' };
  await schemaField.fill(JSON.stringify(breaking, null, 2));
  // The stored examples still carry uuid order ids: the draft cannot be checked, and the form says why, in place.
  await expect(verdict).toHaveAttribute('data-status', 'invalid');
  await expect(verdict.getByTestId('live-verdict-error')).toContainText('Example 1');
  await examplesField.fill('[]');

  await expect(verdict).toHaveAttribute('data-status', 'review');
  await expect(verdict.getByTestId('review-verdict')).toContainText('Incompatible under BACKWARD');
  await expect(verdict.getByTestId('mode-matrix').locator('li[data-mode="NONE"]')).toHaveAttribute('data-compatible', 'true');
  await expect(verdict.getByTestId('mode-matrix').locator('li[data-mode="BACKWARD"]')).toHaveAttribute('data-compatible', 'false');
  const counterexample = verdict.getByTestId('counterexample').first();
  await expect(counterexample).toContainText('the old schema accepts this payload');
  await expect(counterexample.getByTestId('counterexample-rejection')).toContainText('/orderId must be integer');
  const consumer = verdict.getByTestId('affected-consumer').filter({ hasText: 'Order Service' });
  await expect(consumer).toContainText('/orderId');
  await expect(verdict.getByTestId('stale-examples')).toContainText('Example 1 of v');
  await expect(publish).toBeDisabled();
  await expect(page.getByTestId('publish-blocked')).toContainText('ask a workspace owner');

  // The button is a convenience: the server refuses the same draft from this editor too.
  const refused = await page.request.post(`/api/v1/workspaces/demo/events/${EVENT}/versions`, {
    data: { format: 'json-schema', schema: JSON.stringify(breaking), examples: [] },
    headers: { origin: baseURL! },
  });
  expect(refused.status()).toBe(409);
  await page.reload();
  await expect(versions).toHaveCount(before);

  // Compatible: a new optional property that accepts anything, on the open content model.
  const compatible = structuredClone(original);
  compatible.properties.retryAfterSeconds = { description: 'How long to wait before retrying a WAREHOUSE_UNAVAILABLE failure.' };
  const label = `1.1.0-review.${unique()}`;
  await schemaField.fill(JSON.stringify(compatible, null, 2));
  await examplesField.fill(originalExamples);
  await page.getByLabel('Version label').fill(label);
  await expect(verdict).toHaveAttribute('data-status', 'review');
  await expect(verdict.getByTestId('review-verdict')).toContainText('Compatible under BACKWARD');
  await expect(publish).toBeEnabled();
  await publish.click();

  await expect(page.getByRole('status').filter({ hasText: `Version ${label} published.` })).toBeVisible();
  await expect(versions).toHaveCount(before + 1);
  await expect(versions.first()).toContainText(`v${label}`);

  // The new version against the one before it, on the compare page.
  await versions.first().getByRole('link', { name: /Compare with previous/ }).click();
  await expect(page).toHaveURL(/\/compare\?from=\d+&to=\d+/);
  const matrix = page.getByTestId('mode-matrix');
  await expect(matrix.locator('li')).toHaveCount(7);
  await expect(matrix.locator('li[aria-current="true"]')).toHaveAttribute('data-mode', 'BACKWARD');
  await expect(matrix.locator('li[data-mode="FULL_TRANSITIVE"]')).toHaveAttribute('data-compatible', 'true');
  await expect(page.getByTestId('schema-diff').locator('[data-line-change="added"]').filter({ hasText: '"retryAfterSeconds": {' })).toHaveCount(1);
  await expect(page.getByTestId('schema-diff').locator('[data-line-change="removed"]')).toHaveCount(0);
  await expect(page.getByTestId('compare-review').getByTestId('review-change').first()).toContainText('retryAfterSeconds');
});

test('the compare page shows two versions side by side with the verdict under every mode', async ({ signedIn: page }) => {
  await page.goto('/w/demo/events/OrderCreated');
  await page.getByRole('link', { name: 'Compare versions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare versions of OrderCreated' })).toBeVisible();
  const matrix = page.getByTestId('mode-matrix');
  await expect(matrix.locator('li')).toHaveCount(7);
  await expect(matrix.locator('li[aria-current="true"]')).toHaveAttribute('data-mode', 'BACKWARD');
  // 1.1.0 added shippingAddress: its lines are green on the right, and the change's marker sits on its key.
  const diff = page.getByTestId('schema-diff');
  await expect(diff.locator('[data-line-change="added"]').filter({ hasText: 'shippingAddress' })).toHaveCount(1);
  await expect(diff.locator('[data-marks]').filter({ hasText: 'shippingAddress' })).toHaveCount(1);
  // Unchanged stretches are folded until asked for.
  await expect(diff.getByTestId('folded-lines').first()).toBeVisible();
  await diff.getByRole('link', { name: 'Show all lines' }).click();
  await expect(page).toHaveURL(/full=1/);
  await expect(page.getByTestId('schema-diff').getByTestId('folded-lines')).toHaveCount(0);

  // Another mode through the pickers: the same pair judged under NONE is compatible.
  await page.getByLabel('Mode', { exact: true }).selectOption('NONE');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(/mode=NONE/);
  await expect(page.getByTestId('compare-review').getByTestId('review-verdict')).toContainText('Compatible under NONE');
});

test('an owner sees the same verdict and may publish past it only with a written reason', async ({ signedIn: page }) => {
  await page.goto('/w/demo/events/OrderCreated');
  const schemaField = page.getByLabel('Schema', { exact: true });
  const schema = JSON.parse(await schemaField.inputValue()) as { properties: { currency: { enum: string[] } } };
  // Dropping a currency old producers may still send breaks BACKWARD; the stored examples (EUR, USD) stay valid.
  schema.properties.currency.enum = ['EUR', 'USD'];
  await schemaField.fill(JSON.stringify(schema, null, 2));
  const verdict = page.getByTestId('live-verdict');
  await expect(verdict.getByTestId('review-verdict')).toContainText('Incompatible under BACKWARD');
  const publish = page.getByRole('button', { name: 'Publish version' });
  await expect(publish).toBeDisabled();
  await page.getByLabel('Override reason').fill('Checkout stopped accepting CHF last quarter.');
  await expect(publish).toBeEnabled();
  await page.getByLabel('Override reason').fill('');
  await expect(publish).toBeDisabled();
});

test('a CI job asks the running app whether a schema change is compatible, without signing in', async ({ request }) => {
  const schema = (idType: string) => JSON.stringify({ type: 'object', properties: { id: { type: idType } }, required: ['id'] });
  const response = await request.post('/api/v1/compat', { data: { format: 'json-schema', mode: 'BACKWARD', previous: [schema('string')], candidate: schema('integer') } });
  expect(response.status()).toBe(200);
  // Served by the server's node:http lane (lib/server/lanes), not Next's router: the throughput target depends on it.
  expect(response.headers()['x-eventflow-lane']).toBe('compat');
  const report = (await response.json()) as { compatible: boolean; changes: Array<{ kind: string; counterexample?: unknown }> };
  expect(report.compatible).toBe(false);
  expect(report.changes[0]).toMatchObject({ kind: 'TYPE_CHANGED', counterexample: expect.anything() });

  const tooLarge = await request.post('/api/v1/compat', { data: 'x'.repeat(1024 * 1024 + 1), headers: { 'content-type': 'application/json' } });
  expect(tooLarge.status()).toBe(413);
  const invalid = await request.post('/api/v1/compat', { data: { format: 'json-schema', mode: 'BACKWARD', previous: [], candidate: '{"type":"nonsense"}' } });
  expect(invalid.status()).toBe(422);
});
