import type { CatalogDocument, ConsumerSpec, ServiceSpec } from '../catalog-document';
import { HEADER_CORRELATION_ID, STANDARD_HEADERS_SCHEMA, STANDARD_RETRY, jsonSchemaVersion, kafkaTopic } from './builders';
import { channel, columnLayout, event, service } from './flow-layout';
import { currencyProperty, eventSchema, moneyProperty, timestampProperty, uuidProperty } from './schemas';

const PRODUCERS = ['ATM Service', 'Online Banking', 'Branch System'] as const;
const CONSUMERS = ['Fraud Detection', 'Customer Analytics', 'Financial Reporting'] as const;

function bankingService(name: string, description: string, owner: string, tags: string[]): ServiceSpec {
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  return { name, description, owner, repositoryUrl: `https://git.example.com/bank/${slug}`, tags, domain: 'Banking' };
}

function transactionConsumer(service: string, fieldsRead: string[]): ConsumerSpec {
  return {
    service,
    event: 'TransactionPosted',
    channel: 'transactions',
    // Each consumer reads every transaction, so each has its own group.
    consumerGroup: service.toLowerCase().replace(/\s+/g, '-'),
    retryPolicy: STANDARD_RETRY,
    deadLetterChannel: 'transactions.dlq',
    idempotencyKey: '/transactionId',
    fieldsRead,
  };
}

/** Fan-in from three channels of the bank into one event, fanned out to three independent consumers. */
export const bankingFanoutCatalog: CatalogDocument = {
  domains: [{ name: 'Banking', description: 'Accounts, transactions and what the bank learns from them.' }],
  services: [
    bankingService('ATM Service', 'Authorises cash withdrawals and deposits at ATMs.', 'team-atm', ['atm', 'cobol-bridge']),
    bankingService('Online Banking', 'Web and mobile banking: transfers, card payments, standing orders.', 'team-digital', ['web', 'mobile']),
    bankingService('Branch System', 'Teller desk system used in branches.', 'team-branch', ['branch', 'legacy']),
    bankingService('Fraud Detection', 'Scores every transaction in real time and freezes suspicious accounts.', 'team-risk', ['risk', 'ml']),
    bankingService('Customer Analytics', 'Builds spending profiles for customer insights.', 'team-data', ['analytics']),
    bankingService('Financial Reporting', 'Books transactions into the general ledger for regulatory reports.', 'team-finance', ['finance', 'regulatory']),
  ],
  channels: [
    kafkaTopic('transactions', { partitions: 12, retentionHours: 2160, description: 'Every posted transaction, keyed by accountId; kept 90 days.' }),
    kafkaTopic('transactions.dlq', { partitions: 3, retentionHours: 2160, description: 'Transactions a consumer could not handle.' }),
  ],
  events: [
    {
      name: 'TransactionPosted',
      kind: 'event',
      title: 'Transaction posted',
      summary: 'Money moved on an account, whichever channel it came through.',
      description: `## One event, three producers
ATMs, online banking and branches all publish \`TransactionPosted\`; \`channel\` says which.

## Consumers
- **Fraud Detection** must react within seconds.
- **Customer Analytics** and **Financial Reporting** may lag.

Amounts are always positive; \`direction\` says whether money left (\`debit\`) or arrived (\`credit\`).`,
      owner: 'team-core-banking',
      tags: ['transactions', 'pii', 'regulatory'],
      status: 'active',
      compatibility: 'FULL_TRANSITIVE',
      partitionKey: 'accountId',
      channel: 'transactions',
      domain: 'Banking',
      contentType: 'application/json',
      headersSchema: STANDARD_HEADERS_SCHEMA,
      correlationId: HEADER_CORRELATION_ID,
      versions: [
        jsonSchemaVersion(
          '1.0.0',
          eventSchema({
            title: 'TransactionPosted',
            description: 'A transaction was posted to an account.',
            properties: {
              transactionId: uuidProperty('Unique per transaction.'),
              accountId: { type: 'string', pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$', description: 'IBAN.' },
              direction: { type: 'string', enum: ['debit', 'credit'] },
              amount: moneyProperty('Always positive.'),
              currency: currencyProperty,
              channel: { type: 'string', enum: ['atm', 'online', 'branch'] },
              terminalId: { type: 'string', description: 'ATM or teller terminal; absent online.' },
              location: {
                type: 'object',
                properties: { city: { type: 'string' }, country: { type: 'string', pattern: '^[A-Z]{2}$' } },
                required: ['country'],
              },
              postedAt: timestampProperty('When the transaction was booked.'),
            },
            required: ['transactionId', 'accountId', 'direction', 'amount', 'currency', 'channel', 'postedAt'],
          }),
          [
            {
              transactionId: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
              accountId: 'DE89370400440532013000',
              direction: 'debit',
              amount: 200,
              currency: 'EUR',
              channel: 'atm',
              terminalId: 'ATM-BER-0117',
              location: { city: 'Berlin', country: 'DE' },
              postedAt: '2025-03-14T18:42:10Z',
            },
            {
              transactionId: 'b1c2d3e4-f5a6-4b7c-9d8e-0f1a2b3c4d5e',
              accountId: 'GB29NWBK60161331926819',
              direction: 'credit',
              amount: 1250.75,
              currency: 'GBP',
              channel: 'online',
              postedAt: '2025-03-14T07:00:00Z',
            },
          ],
        ),
      ],
    },
  ],
  producers: PRODUCERS.map((name) => ({ service: name, event: 'TransactionPosted', channel: 'transactions' })),
  consumers: [
    transactionConsumer('Fraud Detection', ['/transactionId', '/accountId', '/amount', '/currency', '/channel', '/location']),
    transactionConsumer('Customer Analytics', ['/accountId', '/direction', '/amount', '/currency', '/postedAt']),
    transactionConsumer('Financial Reporting', ['/transactionId', '/accountId', '/direction', '/amount', '/currency', '/postedAt']),
  ],
  flows: [
    {
      name: 'Banking fan-out',
      slug: 'banking-fanout',
      description: 'Three producers publish the same TransactionPosted event; three consumers each receive every one.',
      nodes: columnLayout([
        PRODUCERS.map(service),
        [event('TransactionPosted')],
        [channel('transactions'), channel('transactions.dlq')],
        CONSUMERS.map(service),
      ]),
    },
  ],
};
