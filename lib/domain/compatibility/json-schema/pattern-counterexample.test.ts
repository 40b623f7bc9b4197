import { describe, expect, it } from 'vitest';
import { checkCompatibility } from '../check-compatibility';

const schema = (customerId: Record<string, unknown>) =>
  JSON.stringify({ type: 'object', properties: { customerId: { type: 'string', ...customerId } }, required: ['customerId'] });

describe('counterexamples for strings with a pattern', () => {
  it('BACKWARD: lowering maxLength under a pattern is shown with an id the pattern accepts', () => {
    const report = checkCompatibility({
      format: 'json-schema',
      mode: 'BACKWARD',
      previous: [schema({ pattern: '^cus_[a-z0-9]{8}$' })],
      candidate: schema({ pattern: '^cus_[a-z0-9]{8}$', maxLength: 6 }),
    });
    expect(report.compatible).toBe(false);
    const shown = report.changes.find((change) => change.counterexample);
    expect(shown?.counterexample).toBeDefined();
    const payload = shown!.counterexample!.payload as { customerId: string };
    expect(payload.customerId).toMatch(/^cus_[a-z0-9]{8}$/);
  });

  it('BACKWARD: a narrowed pattern is shown with a value the old pattern accepts and the new one rejects', () => {
    const report = checkCompatibility({
      format: 'json-schema',
      mode: 'BACKWARD',
      previous: [schema({ pattern: '^WH-[A-Z]{3}-[0-9]{2}$' })],
      candidate: schema({ pattern: '^WH-EU[A-Z]-[0-9]{2}$' }),
    });
    const shown = report.changes.find((change) => change.counterexample);
    const value = (shown?.counterexample?.payload as { customerId?: string } | undefined)?.customerId;
    expect(value).toMatch(/^WH-[A-Z]{3}-[0-9]{2}$/);
    expect(value).not.toMatch(/^WH-EU[A-Z]-[0-9]{2}$/);
  });
});
