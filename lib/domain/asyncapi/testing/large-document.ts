/**
 * Test helper: a generated AsyncAPI 3.0 document with `messageCount` messages,
 * ten per Kafka channel, one send and one receive operation per channel.
 */
export function largeDocument(messageCount: number): string {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    Money: { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'number' }, currency: { type: 'string', minLength: 3, maxLength: 3 } } },
  };
  for (let c = 0; c * 10 < messageCount; c++) {
    const names = Array.from({ length: Math.min(10, messageCount - c * 10) }, (_, i) => `Event${c * 10 + i}`);
    for (const name of names) {
      messages[name] = {
        name,
        title: `${name} happened`,
        summary: `Generated message ${name}.`,
        contentType: 'application/json',
        headers: { type: 'object', properties: { traceId: { type: 'string' } } },
        correlationId: { location: '$message.header#/traceId' },
        payload: {
          type: 'object',
          required: ['id', 'amount'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            amount: { $ref: '#/components/schemas/Money' },
            note: { type: 'string', maxLength: 200 },
            tags: { type: 'array', items: { type: 'string' } },
          },
        },
        examples: [{ payload: { id: '00000000-0000-4000-8000-000000000000', amount: { amount: 1, currency: 'EUR' } } }],
      };
    }
    const channel = `topic${c}`;
    channels[channel] = {
      address: `generated.topic.${c}`,
      messages: Object.fromEntries(names.map((n) => [n, { $ref: `#/components/messages/${n}` }])),
      bindings: { kafka: { partitions: 6, replicas: 3 } },
    };
    operations[`send${c}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channel}` },
      messages: names.map((n) => ({ $ref: `#/channels/${channel}/messages/${n}` })),
    };
    operations[`receive${c}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channel}` },
      messages: names.slice(0, 5).map((n) => ({ $ref: `#/channels/${channel}/messages/${n}` })),
    };
  }
  const doc = {
    asyncapi: '3.0.0',
    info: { title: 'Generated', version: '1.0.0' },
    servers: { kafka: { host: 'kafka:9092', protocol: 'kafka' } },
    channels,
    operations,
    components: { messages, schemas },
  };
  return JSON.stringify(doc, null, 2);
}
