import { expect, test, unique } from './fixtures';

/** The RSC data a page inlines for hydration (`self.__next_f.push([1, "…"])`), decoded. */
function flightData(html: string): string {
  const rows = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as [number, string?]);
  return rows.map((row) => row[1] ?? '').join('');
}

const count = (text: string, part: string) => text.split(part).length - 1;

test("an event page carries its latest schema once in its page data and markup, and shows it in the list and the publish form", async ({ signedIn: page, baseURL }) => {
  const marker = `payloadMarker${unique()}`;
  const name = `PayloadCheck${unique()}`;
  const origin = { origin: baseURL! };
  expect((await page.request.post('/api/v1/workspaces/demo/events', { data: { name, owner: 'team-payload' }, headers: origin })).status()).toBe(201);
  const schema = JSON.stringify({ type: 'object', properties: { [marker]: { type: 'string' } } });
  const published = await page.request.post(`/api/v1/workspaces/demo/events/${name}/versions`, { data: { format: 'json-schema', schema, examples: [] }, headers: origin });
  expect(published.status()).toBe(201);

  const html = await (await page.request.get(`/w/demo/events/${name}`)).text();
  // Once: the version list and the publish form share one copy (before, the list's markup and the form's props each carried one).
  expect(count(flightData(html), marker)).toBe(1);
  // The markup shows it once, pretty-printed in the list: the publish form is rendered by the browser.
  expect(count(html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, ''), marker)).toBe(1);
  expect(html).toContain('Loading the publish form…');

  await page.goto(`/w/demo/events/${name}`);
  await expect(page.getByTestId('schema-1')).toContainText(`"${marker}": {`);
  expect(await page.getByLabel('Schema', { exact: true }).inputValue()).toBe(JSON.stringify(JSON.parse(schema), null, 2));
});

test('an event with a long history lists every version, and an old one shows its schema when opened', async ({ signedIn: page, baseURL }) => {
  const name = `LongHistory${unique()}`;
  const origin = { origin: baseURL! };
  expect((await page.request.post('/api/v1/workspaces/demo/events', { data: { name, owner: 'team-history', compatibility: 'NONE' }, headers: origin })).status()).toBe(201);
  // 14 versions, each with its own marker: the page carries the newest 10 with their content.
  for (let number = 1; number <= 14; number += 1) {
    const schema = JSON.stringify({ type: 'object', properties: { [`field${number}Marker`]: { type: 'string' } } });
    const published = await page.request.post(`/api/v1/workspaces/demo/events/${name}/versions`, { data: { format: 'json-schema', schema, examples: [] }, headers: origin });
    expect(published.status()).toBe(201);
  }

  // The page's markup holds the newest 10 schemas (14 down to 5) and none of the older ones.
  const html = await (await page.request.get(`/w/demo/events/${name}`)).text();
  expect(count(html, 'data-testid="schema-14"')).toBe(1);
  expect(count(html, 'data-testid="schema-5"')).toBe(1);
  expect(count(html, 'data-testid="schema-4"')).toBe(0);
  expect(count(flightData(html), 'field5Marker\\":{')).toBeGreaterThan(0);
  expect(count(flightData(html), 'field4Marker\\":{')).toBe(0);

  await page.goto(`/w/demo/events/${name}`);
  const versions = page.getByTestId('versions').locator(':scope > li');
  await expect(versions).toHaveCount(14);
  await expect(page.getByTestId('schema-14')).toContainText('"field14Marker": {');
  // Version 2 is in the long tail: a row until opened, then its schema comes from the API.
  const second = page.getByTestId('older-version-2');
  await expect(second).toContainText('v2');
  await expect(page.getByTestId('schema-2')).toHaveCount(0);
  await second.locator('summary').click();
  await expect(page.getByTestId('schema-2')).toContainText('"field2Marker": {');
  // Each row still links to its diff with the version before.
  await expect(second.getByRole('link', { name: 'Compare with previous: v1 → v2' })).toBeVisible();
});
