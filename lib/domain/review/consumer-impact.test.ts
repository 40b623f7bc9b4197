import { describe, expect, it } from 'vitest';
import type { ReportedChange } from '../compatibility/types';
import { consumerImpact, payloadPathOf } from './consumer-impact';

const change = (path: string, kind = 'TYPE_NARROWED'): ReportedChange => ({
  kind,
  path,
  breaks: { backward: true, forward: false },
  message: '',
  against: 1,
  breakingUnder: ['BACKWARD'],
});

describe('payloadPathOf', () => {
  it('maps JSON Schema pointers to payload pointers', () => {
    expect(payloadPathOf('/properties/total')).toBe('/total');
    expect(payloadPathOf('/properties/items/items/properties/sku/type')).toBe('/items/sku');
    expect(payloadPathOf('/properties/a/oneOf/1/properties/b')).toBe('/a/b');
    expect(payloadPathOf('/required')).toBe('/');
  });
  it('drops Avro field indexes', () => {
    expect(payloadPathOf('/fields/2/type')).toBe('/');
  });
});

describe('consumerImpact', () => {
  const consumers = [
    { serviceId: 's1', serviceName: 'Billing', fieldsRead: ['/total', '/currency'] },
    { serviceId: 's2', serviceName: 'Shipping', fieldsRead: ['/address/city'] },
    { serviceId: 's3', serviceName: 'Audit', fieldsRead: [] },
  ];

  it('lists only consumers whose declared fields a breaking change touches', () => {
    const impact = consumerImpact([change('/properties/total')], consumers);
    expect(impact.map((i) => i.serviceName)).toEqual(['Billing', 'Audit']);
    expect(impact[0]!.fieldsHit).toEqual(['/total']);
    expect(impact[1]!.undeclared).toBe(true);
  });

  it('counts a change to an enclosing object as touching the fields inside it', () => {
    const impact = consumerImpact([change('/properties/address')], consumers.slice(0, 2));
    expect(impact.map((i) => [i.serviceName, i.fieldsHit])).toEqual([['Shipping', ['/address/city']]]);
  });

  it('reports nothing when no breaking change touches anyone who declared fields', () => {
    expect(consumerImpact([change('/properties/note')], consumers.slice(0, 2))).toEqual([]);
  });
});
