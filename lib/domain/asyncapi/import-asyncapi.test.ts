import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importAsyncApi } from './import-asyncapi';
import { largeDocument } from './testing/large-document';
import { importOk } from './testing/document-shape';
import type { UploadedFile } from './parse-documents';

const fixture = (path: string): UploadedFile => ({
  path,
  text: readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8'),
});
const multiFile = () => [fixture('multi-file/asyncapi.yaml'), fixture('multi-file/common/messages.yaml'), fixture('multi-file/schemas.json')];

describe('importAsyncApi: refusals', () => {
  it('refuses a document missing required fields with the parser diagnostics (message and path)', async () => {
    const result = await importAsyncApi([fixture('invalid-missing-fields.yaml')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.path).sort()).toEqual(['/channels/orders/address', '/info', '/operations/sendOrder']);
    expect(result.diagnostics.find((d) => d.path === '/info')?.message).toMatch(/version/);
    expect(result.diagnostics.every((d) => d.severity === 'error' && d.file === '/invalid-missing-fields.yaml')).toBe(true);
  }, 30_000);

  it('refuses a dangling $ref', async () => {
    const result = await importAsyncApi([fixture('invalid-bad-ref.yaml')]);
    expect(result).toMatchObject({ ok: false, diagnostics: [{ path: '/channels/orders/messages/OrderPlaced/$ref', severity: 'error' }] });
  }, 30_000);

  it('refuses remote refs without fetching them', async () => {
    const text = fixture('invalid-bad-ref.yaml').text.replace('#/components/messages/DoesNotExist', 'https://example.invalid/common.yaml#/Order');
    const result = await importAsyncApi([{ path: 'remote.yaml', text }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ path: '/channels/orders/messages/OrderPlaced/$ref', message: expect.stringMatching(/Remote reference/) }),
    ]);
  });

  it('names a referenced file that was not uploaded', async () => {
    const [main, messages] = multiFile();
    const result = await importAsyncApi([main as UploadedFile, messages as UploadedFile]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ file: '/multi-file/common/messages.yaml', path: '/StockChanged/payload/$ref' });
    expect(result.diagnostics[0]?.message).toMatch(/schemas\.json/);
  });

  it('refuses text that is not YAML, and uploads without an AsyncAPI document', async () => {
    const broken = await importAsyncApi([{ path: 'a.yaml', text: 'asyncapi: 3.0.0\ninfo: [unclosed' }]);
    expect(broken).toMatchObject({ ok: false, diagnostics: [{ severity: 'error', file: 'a.yaml' }] });
    const none = await importAsyncApi([{ path: 'schemas.yaml', text: 'Order:\n  type: object\n' }]);
    expect(none).toMatchObject({ ok: false, diagnostics: [{ path: '/asyncapi', message: expect.stringMatching(/None of the uploaded files/) }] });
  });
});

describe('importAsyncApi: AsyncAPI 3', () => {
  it('imports Kafka channels, bindings, traits, headers, correlation ids and payloads', async () => {
    const { document, info } = await importOk([fixture('kafka-orders.yaml')]);
    expect(info).toEqual({ title: 'Order Platform', version: '2.3.0', description: 'Order lifecycle events on Kafka.\n' });
    expect(document.services).toEqual([expect.objectContaining({ name: 'Order Platform', owner: 'Orders Team', tags: ['orders'] })]);
    const orderEvents = document.channels.find((c) => c.name === 'orderEvents');
    expect(orderEvents).toMatchObject({ address: 'shop.orders.{region}', protocol: 'kafka', partitions: 12, retentionHours: 168 });
    expect(orderEvents?.bindings).toEqual({
      kafka: { topic: 'shop.orders', partitions: 12, replicas: 3, topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': 604800000 }, bindingVersion: '0.5.0' },
    });

    const placed = document.events.find((e) => e.name === 'OrderPlaced');
    expect(placed).toMatchObject({ title: 'Order placed', contentType: 'application/json', channel: 'orderEvents', tags: ['lifecycle'] });
    expect(placed?.correlationId).toEqual({ location: '$message.header#/correlationId', description: 'Correlates the whole order saga.' });
    expect(JSON.parse(placed?.headersSchema ?? 'null').required).toEqual(['correlationId']);
    expect(placed?.versions[0]?.examples).toEqual([{ orderId: '7b4c', items: [{ sku: 'A-1', quantity: 1 }] }]);

    const snapshot = document.events.find((e) => e.name === 'OrderSnapshot');
    expect(snapshot?.versions[0]?.format).toBe('avro');
    expect(JSON.parse(snapshot?.versions[0]?.schema ?? '{}').name).toBe('OrderSnapshot');

    expect(document.producers.filter((p) => p.operationId === 'publishOrderPlaced').map((p) => p.event)).toEqual(['OrderPlaced', 'OrderCancelled']);
    expect(document.consumers.find((c) => c.operationId === 'consumeOrders')).toMatchObject({ event: 'PaymentEvent', consumerGroup: 'order-consumers' });
  }, 30_000);

  it('makes payload schemas self-contained: component refs inlined, recursion in $defs', async () => {
    const { document } = await importOk([fixture('kafka-orders.yaml')]);
    for (const event of document.events) {
      for (const version of event.versions) expect(version.schema).not.toMatch(/#\/components/);
    }
    const order = JSON.parse(document.events.find((e) => e.name === 'OrderPlaced')?.versions[0]?.schema ?? '{}');
    expect(order.properties.items.items.properties.quantity).toEqual({ type: 'integer', minimum: 1 });
    expect(order.properties.parent.properties.children.items).toEqual({ $ref: '#/$defs/Category' });
    expect(order.$defs.Category.properties.children.items).toEqual({ $ref: '#/$defs/Category' });
    const payment = JSON.parse(document.events.find((e) => e.name === 'PaymentEvent')?.versions[0]?.schema ?? '{}');
    expect(payment.oneOf.map((s: { properties: { kind: { const: string } } }) => s.properties.kind.const)).toEqual(['payment', 'refund']);
    const cancelled = JSON.parse(document.events.find((e) => e.name === 'OrderCancelled')?.versions[0]?.schema ?? '{}');
    expect(cancelled.properties.reason.anyOf[1]).toEqual({ type: 'object', properties: { text: { type: 'string' } } });
  }, 30_000);

  it('keeps request/reply in the consumer relation extras, by name', async () => {
    const { document } = await importOk([fixture('request-reply.yaml')]);
    const consumer = document.consumers.find((c) => c.operationId === 'answerPriceRequest');
    expect(consumer?.extras?.reply).toEqual({
      address: { description: 'Reply inbox from the request header.', location: '$message.header#/replyTo' },
      channel: 'priceReplies',
      messages: ['PriceReply'],
    });
    expect(document.channels.find((c) => c.name === 'priceReplies')).toMatchObject({ address: '', protocol: 'nats' });
    expect(document.events.find((e) => e.name === 'PriceReply')?.correlationId).toEqual({ location: '$message.header#/requestId' });
  }, 30_000);

  it('reads protocols from servers: MQTT and secure WebSocket', async () => {
    const mqtt = await importOk([fixture('mqtt-streetlights.yaml')]);
    expect(mqtt.document.channels.map((c) => c.protocol)).toEqual(['mqtt', 'mqtt']);
    expect(mqtt.document.producers).toEqual([{ service: 'Streetlights MQTT API', event: 'turnOnOff', channel: 'lightTurnOn', operationId: 'turnOn', extras: { bindings: { mqtt: { qos: 1, retain: false } } } }]);
    const ws = await importOk([fixture('websocket-chat.yaml')]);
    expect(ws.document.channels[0]).toMatchObject({ name: 'room', protocol: 'ws', bindings: { ws: { method: 'GET' } } });
    expect(ws.document.events.map((e) => e.name)).toEqual(['chatMessage', 'presence', 'typing']);
    // `typing` is on the channel but in no operation: it still becomes an event on that channel.
    expect(ws.document.events.find((e) => e.name === 'typing')?.channel).toBe('room');
    expect([...ws.document.producers, ...ws.document.consumers].some((r) => r.event === 'typing')).toBe(false);
  }, 30_000);

  it('resolves refs between uploaded files by relative path, in memory', async () => {
    const { document } = await importOk(multiFile());
    expect(document.events.map((e) => e.name)).toEqual(['StockChanged', 'StockDepleted']);
    const stock = JSON.parse(document.events[0]?.versions[0]?.schema ?? '{}');
    expect(stock.properties.sku).toEqual({ type: 'string', pattern: '^[A-Z]-\\d+$' });
    expect(document.channels[0]).toMatchObject({ name: 'stock', protocol: 'amqp', address: 'inventory.stock' });
  }, 30_000);

  it('handles two imports at the same time', async () => {
    const [a, b] = await Promise.all([importOk(multiFile()), importOk([fixture('mqtt-streetlights.yaml')])]);
    expect(a.document.events).toHaveLength(2);
    expect(b.document.events).toHaveLength(2);
  }, 30_000);
});

describe('importAsyncApi: AsyncAPI 2.x', () => {
  it('maps subscribe to producers and publish to consumers, oneOf to several events', async () => {
    const { document } = await importOk([fixture('streetlights-2.6.yaml')]);
    const service = 'Streetlights Kafka API';
    expect(document.producers).toEqual([
      expect.objectContaining({ service, event: 'lightMeasured', operationId: 'receiveLightMeasurement' }),
    ]);
    expect(document.consumers.map((c) => [c.service, c.event, c.operationId])).toEqual([
      [service, 'turnOn', 'turnOnOff'],
      [service, 'turnOff', 'turnOnOff'],
    ]);
    expect(document.consumers[0]?.extras?.bindings).toEqual({ kafka: { clientId: { type: 'string', enum: ['my-app-id'] } } });
  }, 30_000);

  it('applies message traits, default content type, Avro schemaFormat and server urls', async () => {
    const { document } = await importOk([fixture('streetlights-2.6.yaml')]);
    const measured = document.events.find((e) => e.name === 'lightMeasured');
    expect(measured?.contentType).toBe('application/json');
    expect(JSON.parse(measured?.headersSchema ?? '{}').properties['my-app-header'].maximum).toBe(100);
    expect(document.events.find((e) => e.name === 'turnOff')?.versions[0]?.format).toBe('avro');
    const channel = document.channels[0];
    expect(channel).toMatchObject({ protocol: 'kafka', address: 'smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured' });
    expect(channel?.extras?.['x-eventflow-servers']).toEqual({
      'scram-connections': {
        host: 'test.mykafkacluster.org:18092',
        protocol: 'kafka-secure',
        description: 'Test broker secured with scramSha256',
        url: 'test.mykafkacluster.org:18092',
      },
    });
  }, 30_000);
});

describe('importAsyncApi: size', () => {
  it('imports a generated 1,000-message document', async () => {
    const text = largeDocument(1000);
    const started = performance.now();
    const result = await importOk([{ path: 'large.json', text }]);
    const elapsed = Math.round(performance.now() - started);
    console.info(`imported 1,000 messages (${Math.round(text.length / 1024)} KiB JSON) in ${elapsed} ms`);
    expect(result.document.events).toHaveLength(1000);
    expect(result.document.producers).toHaveLength(1000);
    expect(result.document.consumers).toHaveLength(500);
  }, 120_000);
});
