import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, signInAsDemo, test, unique } from './fixtures';

/** Same-origin writes through the page's session (the API refuses cookie writes without an Origin). */
async function api(request: APIRequestContext, baseURL: string, method: 'POST' | 'GET', path: string, data?: unknown) {
  const response = await request.fetch(`${baseURL}/api/v1/workspaces/demo${path}`, { method, data, headers: { origin: baseURL } });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBeTruthy();
  return response.json();
}

/** A flow with one service placed at (x, y), made through the API, and the canvas node for it. */
async function flowWithService(page: Page, baseURL: string, name: string, at = { x: 100, y: 100 }) {
  const flow = await api(page.request, baseURL, 'POST', '/flows', { name: `Session ${name}` });
  const placed = await api(page.request, baseURL, 'POST', `/flows/${flow.slug}/nodes`, { kind: 'service', ...at, item: { name } });
  return { slug: flow.slug as string, nodeId: `service:${placed.item.id}` };
}

const translate = (node: Locator) => node.evaluate((el) => (el as HTMLElement).style.transform);

/** Drags a node by its body with the mouse (React Flow listens to pointer events, not HTML5 drag). */
async function dragNode(page: Page, node: Locator, by: { x: number; y: number }) {
  const box = (await node.boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + 12 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + by.x / 2, start.y + by.y / 2, { steps: 5 });
  await page.mouse.move(start.x + by.x, start.y + by.y, { steps: 5 });
  await page.mouse.up();
}

/** The element's centre once the view has settled (the canvas may still be fitting itself just after load). */
async function center(locator: Locator) {
  let previous = '';
  for (let read = 0; read < 40; read += 1) {
    const box = (await locator.boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const key = JSON.stringify(point);
    if (key === previous) return point;
    previous = key;
    await locator.page().waitForTimeout(100);
  }
  throw new Error('the canvas never settled');
}

test('a designer draws a service producing an event, and the catalog knows it', async ({ signedIn: page }) => {
  const id = unique();
  const service = `Designer Service ${id}`;
  const event = `DesignDrawn${id}`;
  await page.setViewportSize({ width: 1400, height: 900 });

  await page.goto('/w/demo/flows');
  await page.getByLabel('Name').fill(`Design ${id}`);
  await page.getByRole('button', { name: 'Create flow' }).click();
  await page.waitForURL(`**/w/demo/flows/design-${id}`);
  const canvas = page.getByTestId('flow-canvas');
  await expect(canvas.locator('.react-flow__pane')).toBeVisible();

  await page.getByTestId('palette-service').dragTo(canvas, { targetPosition: { x: 320, y: 160 } });
  await page.getByRole('dialog', { name: 'New service' }).getByLabel('Name').fill(service);
  await page.getByRole('button', { name: 'Create' }).click();
  const serviceNode = canvas.locator('.react-flow__node', { hasText: service });
  await expect(serviceNode).toBeVisible();

  await page.getByTestId('palette-event').dragTo(canvas, { targetPosition: { x: 640, y: 320 } });
  await page.getByRole('dialog', { name: 'New event' }).getByLabel('Name').fill(event);
  await page.getByRole('button', { name: 'Create' }).click();
  const eventNode = canvas.locator('.react-flow__node', { hasText: event });
  await expect(eventNode).toBeVisible();

  const from = await center(serviceNode.locator('.react-flow__handle.source'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const to = await center(eventNode.locator('.react-flow__handle.target'));
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(1);
  await expect(canvas.locator('.react-flow__edge-text')).toHaveText('produces');
  await expect(page.getByTestId('flow-counts')).toHaveText('2 nodes · 1 relations');

  await page.reload();
  await expect(page.getByTestId('flow-canvas').locator('.react-flow__edge-text')).toHaveText('produces');

  await page.goto(`/w/demo/events/${encodeURIComponent(event)}`);
  await expect(page.getByTestId('producers')).toContainText(service);
});

test('an impossible connection is refused with its reason', async ({ signedIn: page, baseURL }) => {
  const id = unique();
  const a = `Refusing A ${id}`;
  const { slug } = await flowWithService(page, baseURL!, a, { x: 0, y: 0 });
  await api(page.request, baseURL!, 'POST', `/flows/${slug}/nodes`, { kind: 'service', x: 400, y: 0, item: { name: `Refusing B ${id}` } });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/w/demo/flows/${slug}`);
  const canvas = page.getByTestId('flow-canvas');
  const from = await center(canvas.locator('.react-flow__node', { hasText: a }).locator('.react-flow__handle.source'));
  const to = await center(canvas.locator('.react-flow__node', { hasText: `Refusing B ${id}` }).locator('.react-flow__handle.target'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await expect(page.getByTestId('connection-hint')).toContainText('Services do not talk directly');
  await page.mouse.up();
  const notice = page.getByTestId('flow-notice');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('Services do not talk directly');
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(0);
});

test('a move is undone with Ctrl+Z, on the canvas and on the server', async ({ signedIn: page, baseURL }) => {
  const name = `Undo Service ${unique()}`;
  const { slug, nodeId } = await flowWithService(page, baseURL!, name);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/w/demo/flows/${slug}`);
  const node = page.locator(`.react-flow__node[data-id="${nodeId}"]`);
  await expect(node).toBeVisible();
  expect(await translate(node)).toBe('translate(100px, 100px)');

  const saved = page.waitForResponse((r) => r.url().endsWith(`/flows/${slug}/nodes`) && r.request().method() === 'PATCH');
  await dragNode(page, node, { x: 180, y: 90 });
  expect((await saved).ok()).toBeTruthy();
  const moved = await translate(node);
  expect(moved).not.toBe('translate(100px, 100px)');

  await page.keyboard.press('Control+z');
  await expect.poll(() => translate(node)).toBe('translate(100px, 100px)');
  await expect.poll(async () => (await api(page.request, baseURL!, 'GET', `/flows/${slug}`)).nodes[0]).toMatchObject({ x: 100, y: 100 });

  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => translate(node)).toBe(moved);
});

test('a removal from the view is undone with Ctrl+Z: the node comes back where it stood', async ({ signedIn: page, baseURL }) => {
  const name = `Removed Service ${unique()}`;
  const { slug, nodeId } = await flowWithService(page, baseURL!, name);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/w/demo/flows/${slug}`);
  const node = page.locator(`.react-flow__node[data-id="${nodeId}"]`);
  await node.click();
  await page.getByTestId('item-panel').getByRole('button', { name: 'Remove…' }).click();
  await expect(page.getByRole('dialog')).toContainText('cannot be undone');
  await page.getByRole('button', { name: 'Remove from this view' }).click();
  await expect(node).toHaveCount(0);
  await expect(page.getByTestId('flow-counts')).toHaveText('0 nodes · 0 relations');

  await page.keyboard.press('Control+z');
  await expect(node).toBeVisible();
  expect(await translate(node)).toBe('translate(100px, 100px)');
  await expect.poll(async () => (await api(page.request, baseURL!, 'GET', `/flows/${slug}`)).nodes[0]).toMatchObject({ x: 100, y: 100 });
  await expect(page.getByTestId('flow-counts')).toHaveText('1 nodes · 0 relations');
});

test('two people on one flow: a move in one browser shows in the other within a second', async ({ signedIn: page, baseURL, browser }) => {
  const name = `Live Service ${unique()}`;
  const { slug, nodeId } = await flowWithService(page, baseURL!, name);
  const other = await browser.newContext({ baseURL });
  const watcher = await other.newPage();
  await signInAsDemo(watcher);

  for (const p of [page, watcher]) await p.setViewportSize({ width: 1400, height: 900 });
  const streaming = watcher.waitForResponse((r) => r.url().includes('/live?'));
  await watcher.goto(`/w/demo/flows/${slug}`);
  await streaming;
  await page.goto(`/w/demo/flows/${slug}`);
  const mine = page.locator(`.react-flow__node[data-id="${nodeId}"]`);
  const theirs = watcher.locator(`.react-flow__node[data-id="${nodeId}"]`);
  await expect(mine).toBeVisible();
  await expect(theirs).toBeVisible();

  await dragNode(page, mine, { x: 200, y: 120 });
  const dropped = Date.now();
  const target = await translate(mine);
  expect(target).not.toBe('translate(100px, 100px)');
  await expect.poll(() => translate(theirs), { timeout: 1000, intervals: [25] }).toBe(target);
  const seenAfterMs = Date.now() - dropped;
  expect(seenAfterMs).toBeLessThan(1000);
  await expect(watcher.getByTestId('flow-activity')).toContainText(`moved ${name}`);
  await other.close();
});

test('editing in the side panel saves with the version read, and a concurrent save is shown as a conflict', async ({ signedIn: page, baseURL }) => {
  const name = `Panel Service ${unique()}`;
  const { slug, nodeId } = await flowWithService(page, baseURL!, name);
  const serviceId = nodeId.slice('service:'.length);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/w/demo/flows/${slug}`);
  await page.locator(`.react-flow__node[data-id="${nodeId}"]`).click();
  const panel = page.getByTestId('item-panel');
  await panel.getByLabel('Owner').fill('team-canvas');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  await expect(page.locator(`.react-flow__node[data-id="${nodeId}"]`)).toContainText('team-canvas');

  // Mid-edit (so the panel does not follow live updates), someone else saves version 2 → 3.
  await panel.getByLabel('Description').fill('Drawn on the canvas.');
  const other = await page.request.fetch(`${baseURL}/api/v1/workspaces/demo/services/${serviceId}`, { method: 'PATCH', data: { owner: 'team-elsewhere', expectedVersion: 2 }, headers: { origin: baseURL! } });
  expect(other.status()).toBe(200);
  await panel.getByRole('button', { name: 'Save' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('changed by someone else');
  await expect(alert).toContainText('team-elsewhere');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
});

test('auto-layout arranges left to right in one save, and Ctrl+Z puts everything back', async ({ signedIn: page, baseURL }) => {
  const id = unique();
  const { slug, nodeId: serviceId } = await flowWithService(page, baseURL!, `Layout Service ${id}`, { x: 600, y: 0 });
  const placed = await api(page.request, baseURL!, 'POST', `/flows/${slug}/nodes`, { kind: 'event', x: 0, y: 300, item: { name: `LayoutHappened${id}` } });
  await api(page.request, baseURL!, 'POST', `/flows/${slug}/edges`, { source: { kind: 'service', refId: serviceId.slice(8) }, target: { kind: 'event', refId: placed.item.id } });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/w/demo/flows/${slug}`);
  const service = page.locator(`.react-flow__node[data-id="${serviceId}"]`);
  const event = page.locator(`.react-flow__node[data-id="event:${placed.item.id}"]`);
  await expect(event).toBeVisible();

  const saved = page.waitForResponse((r) => r.url().endsWith(`/flows/${slug}/nodes`) && r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  expect(JSON.parse((await saved).request().postData()!).moves).toHaveLength(2);
  const x = async (node: Locator) => Number(/translate\((-?[\d.]+)px/.exec(await translate(node))![1]);
  await expect.poll(async () => (await x(service)) < (await x(event))).toBe(true);

  await page.keyboard.press('Control+z');
  await expect.poll(() => translate(service)).toBe('translate(600px, 0px)');
  await expect.poll(() => translate(event)).toBe('translate(0px, 300px)');
});

test('a large flow draws its relations in one layer, a double-click on one asks to delete it, and fitted its cards are plain boxes', async ({ signedIn: page, baseURL }) => {
  test.setTimeout(180_000);
  const id = unique();
  const flow = await api(page.request, baseURL!, 'POST', '/flows', { name: `Large ${id}` });
  // 151 services on a 16-column grid (a flow is large above 150 nodes), with one cell left for the event.
  const EVENT_CELL = 88;
  const cells = Array.from({ length: 152 }, (_, i) => i).filter((i) => i !== EVENT_CELL);
  const cellAt = (i: number) => ({ x: (i % 16) * 240, y: Math.floor(i / 16) * 110 });
  const services = new Map<number, string>();
  for (let i = 0; i < cells.length; i += 10) {
    await Promise.all(
      cells.slice(i, i + 10).map(async (cell) => {
        const placed = await api(page.request, baseURL!, 'POST', `/flows/${flow.slug}/nodes`, { kind: 'service', ...cellAt(cell), item: { name: `Large ${id} S${cell}` } });
        services.set(cell, placed.item.id);
      }),
    );
  }
  const event = await api(page.request, baseURL!, 'POST', `/flows/${flow.slug}/nodes`, { kind: 'event', ...cellAt(EVENT_CELL), item: { name: `LargeHappened${id}` } });
  // From the service up-left of the event: the curve runs down the gap between two columns, clear of every card.
  await api(page.request, baseURL!, 'POST', `/flows/${flow.slug}/edges`, { source: { kind: 'service', refId: services.get(EVENT_CELL - 33)! }, target: { kind: 'event', refId: event.item.id } });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/w/demo/flows/${flow.slug}`);

  const canvas = page.getByTestId('flow-canvas');
  const relations = canvas.getByTestId('flow-relations');
  await expect(relations).toHaveAttribute('data-drawn', '1');
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(0);
  // While its event is dragged, the relation leaves the canvas and follows the drag as an SVG path; dropped back, it is drawn again.
  const grab = await center(canvas.locator(`.react-flow__node[data-id="event:${event.item.id}"]`));
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 40, grab.y + 20, { steps: 4 });
  await expect(canvas.locator('.flow-relations-moving path')).toHaveCount(2);
  await expect(relations).toHaveAttribute('data-drawn', '0');
  await page.mouse.move(grab.x, grab.y, { steps: 4 });
  await page.mouse.up();
  await expect(relations).toHaveAttribute('data-drawn', '1');
  await expect(canvas.locator('.flow-relations-moving')).toHaveCount(0);
  // The curve's middle, between the two columns: flow (1896, 480) on screen.
  const [x, y, zoom] = (await canvas.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)).match(/-?[\d.]+/g)!.map(Number);
  const pane = (await canvas.locator('.react-flow__renderer').boundingBox())!;
  const middle = { x: pane.x + x! + 1896 * zoom!, y: pane.y + y! + 480 * zoom! };
  const dialog = page.getByRole('dialog', { name: `Delete the relation Large ${id} S${EVENT_CELL - 33} produces LargeHappened${id}?` });
  // A click selects it (Delete asks), a double-click asks at once.
  await page.mouse.click(middle.x, middle.y);
  await page.keyboard.press('Delete');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.mouse.dblclick(middle.x, middle.y);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete relation' }).click();
  await expect(relations).toHaveAttribute('data-drawn', '0');
  await expect.poll(async () => (await api(page.request, baseURL!, 'GET', `/flows/${flow.slug}`)).edges.length).toBe(0);

  // Fitted, the whole flow is far too small to read: each card is drawn as a plain box, without text or handles.
  await expect(canvas.locator('.react-flow__node', { hasText: `Large ${id} S55` })).toHaveCount(1);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(canvas.locator('.react-flow__node [data-detail="box"]')).toHaveCount(152);
  await expect(canvas.locator('.react-flow__node', { hasText: `Large ${id} S55` })).toHaveCount(0);
  await expect(canvas.locator('.react-flow__node .react-flow__handle')).toHaveCount(0);
});
