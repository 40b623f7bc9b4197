import { describe, expect, it } from 'vitest';
import { breakingReview, compatibleReview, sampleChecks } from './check-fixtures';
import type { EventCheck } from './check-result';
import { renderChecks } from './formats';

const [breaking, compatible, fresh, refused] = sampleChecks as [EventCheck, EventCheck, EventCheck, EventCheck];

describe('eventflow check output formats', () => {
  it('renders a pull-request comment: summary table, breaking changes, counterexample, consumers', () => {
    expect(renderChecks(sampleChecks, 'markdown')).toBe(
      [
        '## Eventflow schema check',
        '',
        '❌ 1 event with breaking changes, 1 schema refused by the registry.',
        '',
        '| Event | Mode | Verdict |',
        '| --- | --- | --- |',
        '| `OrderPlaced` | `BACKWARD` | ❌ breaking (1 problem) |',
        '| `OrderShipped` | `FULL` | ✅ compatible |',
        '| `RefundIssued` | — | 🆕 new, nothing to compare |',
        '| `Weird\\|Name` | — | ⚠️ refused: "Weird\\|Name" has json-schema versions; an avro version cannot be checked against them & more |',
        '',
        '4 events checked: 1 breaking, 1 refused, 1 compatible, 1 new.',
        '',
        '### ❌ `OrderPlaced`',
        '',
        'Breaking under `BACKWARD`:',
        '',
        '- `/properties/total` (REQUIRED_PROPERTY_ADDED): Required property `total` was added: data written with the old schema lacks it.',
        '',
        "  Counterexample (backward): accepted by the old schema, rejected by the new one (`(root) must have required property 'total'`):",
        '',
        '  ```json',
        '  {',
        '    "id": "a"',
        '  }',
        '  ```',
        '',
        'Affected consumers:',
        '',
        '- **Billing**: reads `/total`',
        '- **Audit &lt;legacy&gt;**: declares no fields read, so any breaking change may hit it',
        '',
        '### ⚠️ `Weird|Name`',
        '',
        'The registry refused this schema: "Weird|Name" has json-schema versions; an avro version cannot be checked against them & more',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing breaks, and lists no per-event sections', () => {
    const markdown = renderChecks([compatible, fresh], 'markdown');
    expect(markdown).toContain('✅ No breaking changes.');
    expect(markdown).not.toContain('###');
  });

  it('fences a counterexample with more backticks than the payload holds', () => {
    const review = structuredClone(breakingReview);
    review.report.changes[0]!.counterexample!.payload = { note: '```' };
    const markdown = renderChecks([{ ...breaking, review } as EventCheck], 'markdown');
    expect(markdown).toContain('  ````json\n  {\n    "note": "```"\n  }\n  ````\n');
  });

  it('renders JUnit XML: one testcase per event, failure for breaking, error for refused, escaped', () => {
    expect(renderChecks(sampleChecks, 'junit')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="eventflow check" tests="4" failures="1" errors="1">',
        '  <testsuite name="eventflow check" tests="4" failures="1" errors="1" skipped="0">',
        '    <testcase classname="eventflow.json-schema" name="OrderPlaced" file="schemas/OrderPlaced.schema.json">',
        '      <failure message="BREAKING under BACKWARD: 1 breaking change" type="REQUIRED_PROPERTY_ADDED">OrderPlaced (schemas/OrderPlaced.schema.json): BREAKING under BACKWARD: 1 breaking change',
        '  - REQUIRED_PROPERTY_ADDED at /properties/total: Required property `total` was added: data written with the old schema lacks it.',
        "    counterexample (backward, (root) must have required property 'total'):",
        '      {',
        '        "id": "a"',
        '      }',
        '  affected consumers: Billing (reads /total), Audit &lt;legacy&gt; (declares no fields read)</failure>',
        '    </testcase>',
        '    <testcase classname="eventflow.json-schema" name="OrderShipped" file="schemas/OrderShipped.schema.json">',
        '      <system-out>compatible under FULL (1 change, none breaking)</system-out>',
        '    </testcase>',
        '    <testcase classname="eventflow.avro" name="RefundIssued" file="schemas/RefundIssued.avsc">',
        '      <system-out>new, nothing to compare</system-out>',
        '    </testcase>',
        '    <testcase classname="eventflow.avro" name="Weird|Name" file="schemas/Weird|Name.avsc">',
        '      <error message="&quot;Weird|Name&quot; has json-schema versions; an avro version cannot be checked against them &amp; more" type="REFUSED"/>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('keeps JUnit well-formed whatever the names hold: quotes, newlines, control characters', () => {
    const xml = renderChecks([{ ...refused, event: 'a"b<c>\u0001', message: 'line one\nline two' } as EventCheck], 'junit');
    expect(xml).toContain('name="a&quot;b&lt;c&gt;"');
    expect(xml).toContain('message="line one&#10;line two"');
    expect(xml).not.toContain('\u0001');
  });

  it('renders text blocks per event with a summary, and JSON as the array of checks', () => {
    const text = renderChecks(sampleChecks, 'text');
    expect(text.split('\n\n').map((block) => block.split('\n')[0])).toEqual([
      'OrderPlaced (schemas/OrderPlaced.schema.json): BREAKING under BACKWARD: 1 breaking change',
      'OrderShipped (schemas/OrderShipped.schema.json): compatible under FULL (1 change, none breaking)',
      'RefundIssued (schemas/RefundIssued.avsc): new, nothing to compare',
      expect.stringContaining('Weird|Name (schemas/Weird|Name.avsc): refused by the registry:'),
      '4 events checked: 1 breaking, 1 refused, 1 compatible, 1 new.',
    ]);
    expect(text).toContain('  affected consumers: Billing (reads /total), Audit <legacy> (declares no fields read)');
    expect(JSON.parse(renderChecks(sampleChecks, 'json'))).toEqual(sampleChecks);
  });

  it('counts stale stored examples as breaking even without a breaking change', () => {
    const review = { ...structuredClone(compatibleReview), compatible: false, staleExamples: [{ version: '2', index: 0, errors: ['/note must be string'] }] };
    const check: EventCheck = { ...compatible, status: 'breaking', review } as EventCheck;
    expect(renderChecks([check], 'text')).toContain('BREAKING under FULL: 1 stored example no longer valid');
    expect(renderChecks([check], 'junit')).toContain('type="STALE_EXAMPLES"');
  });
});
