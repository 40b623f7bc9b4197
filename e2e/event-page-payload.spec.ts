import { expect, test, unique } from './fixtures';

/** The RSC data a page inlines for hydration (`self.__next_f.push([1, "…"])`), decoded. */
function flightData(html: string): string {
  const rows = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as [number, string?]);
  return rows.map((row) => row[1] ?? '').join('');
}

const count = (text: string, part: string) => text.split(part).length - 1;

test("an event page carries its latest schema once in its page data, and shows it in the list and the publish form", async ({ signedIn: page, baseURL }) => {
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
  // The markup still shows it twice: pretty-printed in the list and in the form's Schema field.
  expect(count(html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, ''), marker)).toBe(2);

  await page.goto(`/w/demo/events/${name}`);
  await expect(page.getByTestId('schema-1')).toContainText(`"${marker}": {`);
  expect(await page.getByLabel('Schema', { exact: true }).inputValue()).toBe(JSON.stringify(JSON.parse(schema), null, 2));
});
