import type { Page } from '@playwright/test';
import { expect, test } from '@/e2e/fixtures';

const FLOW = '/w/demo/flows/ecommerce-order-flow/simulate';

const total = (page: Page, id: string) => async () => Number(await page.getByTestId(id).getAttribute('data-value'));

async function openSimulation(page: Page) {
  await page.goto(FLOW);
  // The seed shows once the worker has built the model and sent its first frame.
  await expect(page.getByTestId('sim-seed')).toContainText('2026', { timeout: 30_000 });
}

async function runToEnd(page: Page) {
  await page.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'max' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('sim-status')).toContainText('finished', { timeout: 30_000 });
  return {
    time: await page.getByTestId('sim-time').textContent(),
    events: await total(page, 'sim-total-events')(),
    processed: await total(page, 'sim-total-processed')(),
    retries: await total(page, 'sim-total-retries')(),
  };
}

test.describe('live flow simulation', () => {
  test('plays the e-commerce scenario: events move, metrics fill, a malformed payload shows up as violations and dead letters', async ({ signedIn: page }) => {
    await openSimulation(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByTestId('sim-dot').first()).toBeVisible();
    await expect.poll(total(page, 'sim-total-processed')).toBeGreaterThan(0);
    await expect(page.getByTestId('sim-edge-label').first()).toBeVisible();

    await page.getByLabel('Fault event').selectOption('OrderCreated');
    await page.getByLabel('Fault probability').fill('1');
    await page.getByRole('button', { name: 'Malformed payload' }).click();
    await expect(page.getByTestId('sim-active-faults')).toContainText('malformed OrderCreated');
    await expect.poll(total(page, 'sim-total-violations')).toBeGreaterThan(0);
    // Inventory dead-letters what breaks its contract: the failure shows as a rising DLQ count.
    await expect.poll(total(page, 'sim-total-dlq')).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="sim-edge-label"][data-bad="true"]').first()).toBeVisible();

    // The trace of a troubled order shows the envelope and the violation on its hop.
    await page.getByTestId('sim-correlation').filter({ hasText: '⚠' }).first().click();
    await expect(page.getByTestId('sim-trace-node').first()).toContainText('OrderCreated');
    await expect(page.getByTestId('sim-trace')).toContainText('violation');
  });

  test('a consumer outage holds messages back; the same seed replays the same run, another seed does not', async ({ signedIn: page }) => {
    await openSimulation(page);
    const first = await runToEnd(page);
    expect(first.processed).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(total(page, 'sim-total-events')).toBe(0);
    expect(await runToEnd(page)).toEqual(first);

    await page.getByLabel('Seed').fill('7');
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page.getByTestId('sim-seed')).toContainText('7');
    const other = await runToEnd(page);
    expect(other.time).not.toBe(first.time);

    await page.getByRole('button', { name: 'Reset without faults' }).click();
    await page.getByLabel('Outage consumer').selectOption('Payment Service');
    await page.getByLabel('Outage duration').fill('3000');
    await page.getByRole('button', { name: 'Consumer outage' }).click();
    await expect(page.getByTestId('sim-active-faults')).toContainText('outage of Payment Service');
    await page.getByRole('group', { name: 'Speed' }).getByRole('button', { name: '1×' }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // Lag builds on the payment consumer while it is down (it peaks near ten when it is up).
    const payment = page.locator('[data-testid="sim-node"][data-name="Payment Service"]');
    await expect.poll(async () => Number(await payment.getAttribute('data-lag')), { timeout: 15_000 }).toBeGreaterThan(20);
    await expect(payment).toContainText('lag');
  });
});
