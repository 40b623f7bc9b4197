/**
 * Shared JSON Schema 2020-12 building blocks for the seed catalogs.
 * They are inlined (not `$ref`ed) into each event schema so every version text
 * stands alone, as a schema registry would store it.
 */

export const JSON_SCHEMA_2020 = 'https://json-schema.org/draft/2020-12/schema';

export type JsonSchema = Record<string, unknown>;

/** A UUID string property. */
export function uuidProperty(description: string): JsonSchema {
  return { type: 'string', format: 'uuid', description };
}

/** An RFC 3339 timestamp property. */
export function timestampProperty(description: string): JsonSchema {
  return { type: 'string', format: 'date-time', description };
}

/** A non-negative amount in the major unit of `currency` (e.g. 19.99 EUR). */
export function moneyProperty(description: string): JsonSchema {
  return { type: 'number', minimum: 0, description };
}

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'] as const;

export const currencyProperty: JsonSchema = {
  type: 'string',
  enum: [...CURRENCIES],
  description: 'ISO 4217 currency code.',
};

export const customerIdProperty: JsonSchema = {
  type: 'string',
  pattern: '^cus_[A-Za-z0-9]{8,}$',
  description: 'Customer id from the customer directory.',
};

export const skuProperty: JsonSchema = {
  type: 'string',
  pattern: '^[A-Z0-9-]{4,32}$',
  description: 'Stock keeping unit.',
};

/** One order line: what was bought, how many, at what unit price. */
export const lineItemSchema: JsonSchema = {
  type: 'object',
  properties: {
    sku: skuProperty,
    quantity: { type: 'integer', minimum: 1, description: 'Units ordered.' },
    unitPrice: moneyProperty('Price of one unit, tax included.'),
  },
  required: ['sku', 'quantity', 'unitPrice'],
  additionalProperties: false,
};

export const postalAddressSchema: JsonSchema = {
  type: 'object',
  properties: {
    line1: { type: 'string', minLength: 1 },
    line2: { type: 'string' },
    city: { type: 'string', minLength: 1 },
    postalCode: { type: 'string', minLength: 2, maxLength: 12 },
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code.' },
  },
  required: ['line1', 'city', 'postalCode', 'country'],
  additionalProperties: false,
};

/** Headers every seeded message carries; `correlationId` ties a whole business flow together. */
export const standardHeadersSchema: JsonSchema = {
  $schema: JSON_SCHEMA_2020,
  type: 'object',
  properties: {
    correlationId: uuidProperty('Shared by every message of one business transaction.'),
    causationId: uuidProperty('Id of the message that caused this one.'),
    traceparent: {
      type: 'string',
      pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
      description: 'W3C trace context.',
    },
    producedBy: { type: 'string', description: 'Name of the producing service.' },
  },
  required: ['correlationId'],
};

export interface EventSchemaParts {
  title: string;
  description: string;
  properties: Record<string, JsonSchema>;
  required: string[];
  /**
   * A closed content model (`additionalProperties: false`): under BACKWARD, adding an
   * optional property is then compatible, as old producers cannot have sent it.
   */
  closed?: boolean;
}

/**
 * A top-level event payload schema (JSON Schema 2020-12, object type).
 *
 * @example
 * eventSchema({ title: 'Ping', description: 'A ping.', properties: { at: timestampProperty('When') }, required: ['at'] })
 */
export function eventSchema(parts: EventSchemaParts): JsonSchema {
  return {
    $schema: JSON_SCHEMA_2020,
    title: parts.title,
    description: parts.description,
    type: 'object',
    properties: parts.properties,
    required: parts.required,
    ...(parts.closed ? { additionalProperties: false } : {}),
  };
}
