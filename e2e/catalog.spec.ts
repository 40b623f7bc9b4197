import { expect, test, unique } from './fixtures';

const SCHEMA = JSON.stringify(
  {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['shipmentId'],
    properties: { shipmentId: { type: 'string' }, weightKg: { type: 'number' } },
  },
  null,
  2,
);

test('a newcomer opens the demo catalog without friction', async ({ signedIn: page }) => {
  await page.goto('/w/demo');
  await expect(page.getByRole('link', { name: 'OrderCreated' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'PaymentProcessed' }).first()).toBeVisible();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: 'docs/catalog.png' });
});

test('a designer creates a service and an event with a schema, reloads, and finds them', async ({ signedIn: page }) => {
  const id = unique();
  const service = `Shipping Service ${id}`;
  const event = `ShipmentDispatched${id}`;

  await page.goto('/w/demo/services/new');
  await page.getByLabel('Name').fill(service);
  await page.getByLabel('Owner').fill('team-shipping');
  await page.getByLabel('Description').fill('Ships **orders** to customers.');
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: service })).toBeVisible();

  await page.goto('/w/demo/events/new');
  await page.getByLabel('Name').fill(event);
  await page.getByLabel('Owner').fill('team-shipping');
  await page.getByLabel('Summary').fill('A shipment left the warehouse');
  await page.getByLabel('Format').selectOption('json-schema');
  await page.getByLabel('Schema').fill(SCHEMA);
  await page.getByLabel('Examples').fill('[{"shipmentId": "s-1", "weightKg": 2.5}]');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: event })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: event })).toBeVisible();
  await expect(page.getByText('shipmentId').first()).toBeVisible();

  await page.goto(`/w/demo?q=${encodeURIComponent(event)}`);
  await expect(page.getByRole('link', { name: event })).toBeVisible();
  await page.goto(`/w/demo/services?q=${encodeURIComponent(service)}`);
  await expect(page.getByRole('link', { name: service })).toBeVisible();
});

test('bad form input shows an inline error and writes nothing', async ({ signedIn: page }) => {
  const event = `BrokenEvent${unique()}`;
  await page.goto('/w/demo/events/new');
  await page.getByLabel('Name').fill(event);
  await page.getByLabel('Format').selectOption('json-schema');
  await page.getByLabel('Schema').fill('{"type": "object", "properties": {"a": {"type": "nope"}}}');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.locator('[data-testid="error-schema"]')).toBeVisible();
  // The user's input is kept for fixing.
  await expect(page.getByLabel('Name')).toHaveValue(event);

  await page.goto('/w/demo/services/new');
  await page.getByLabel('Name').fill('   ');
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page.locator('[data-testid="error-name"]')).toBeVisible();

  const response = await page.request.get(`/api/v1/workspaces/demo/events?q=${event}`);
  expect((await response.json()).total).toBe(0);
});
