import { describe, expect, it } from 'vitest';
import { checkCompatibility, formatReport } from './index';

// Three representative changes: a backward break with its counterexample, a forward-only break, a metadata change.
const v1 = { title: 'Order placed', type: 'object', properties: { id: { type: 'string' }, note: { type: 'string', maxLength: 20 } }, required: ['id'] };
const v2 = { title: 'Order was placed', type: 'object', properties: { id: { type: 'string' }, note: { type: 'string', maxLength: 40 }, total: { type: 'number' } }, required: ['id'] };
const report = () => checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: [JSON.stringify(v1)], candidate: JSON.stringify(v2) });

const GOLDEN_TEXT = `INCOMPATIBLE under BACKWARD: 1 breaking change, 3 changes in total.

Mode                 Verdict
NONE                 compatible
BACKWARD             INCOMPATIBLE
BACKWARD_TRANSITIVE  INCOMPATIBLE
FORWARD              INCOMPATIBLE
FORWARD_TRANSITIVE   INCOMPATIBLE
FULL                 INCOMPATIBLE
FULL_TRANSITIVE      INCOMPATIBLE

Changes:
1. [BREAKING] OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL at /properties/total (against version 1)
   Optional property \`total\` was added to an open content model: old producers could already send \`total\` with any type, so a consumer on the new schema may reject it.
   Breaks: backward
   Counterexample (backward): accepted by the old schema, rejected by the new one (/total must be number):
     {
       "id": "a",
       "total": "value"
     }
2. MAX_LENGTH_INCREASED at /properties/note/maxLength (against version 1)
   \`maxLength\` of \`note\` increased from 20 to 40: new producers may send values that violate \`maxLength: 20\`, which a consumer on the old schema enforces.
   Breaks: forward
3. TITLE_CHANGED at (root) (against version 1)
   The title of the message changed; compatible in both directions.
   Breaks: none
`;

const GOLDEN_MARKDOWN = `### ❌ Incompatible under \`BACKWARD\`

1 breaking change, 3 changes in total.

| Mode | Verdict |
| --- | --- |
| \`NONE\` | ✅ compatible |
| \`BACKWARD\` | ❌ incompatible |
| \`BACKWARD_TRANSITIVE\` | ❌ incompatible |
| \`FORWARD\` | ❌ incompatible |
| \`FORWARD_TRANSITIVE\` | ❌ incompatible |
| \`FULL\` | ❌ incompatible |
| \`FULL_TRANSITIVE\` | ❌ incompatible |

#### Changes

- **Breaking** \`OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL\` at \`/properties/total\` (against version 1, breaks: backward)  
  Optional property \`total\` was added to an open content model: old producers could already send \`total\` with any type, so a consumer on the new schema may reject it.

  Counterexample (backward): accepted by the old schema, rejected by the new one (\`/total must be number\`):

  \`\`\`json
  {
    "id": "a",
    "total": "value"
  }
  \`\`\`
- \`MAX_LENGTH_INCREASED\` at \`/properties/note/maxLength\` (against version 1, breaks: forward)  
  \`maxLength\` of \`note\` increased from 20 to 40: new producers may send values that violate \`maxLength: 20\`, which a consumer on the old schema enforces.
- \`TITLE_CHANGED\` at \`(root)\` (against version 1, breaks: none)  
  The title of the message changed; compatible in both directions.
`;

describe('formatReport', () => {
  it('renders the text report (golden)', () => {
    expect(formatReport(report(), 'text')).toBe(GOLDEN_TEXT);
  });

  it('renders the markdown report (golden)', () => {
    expect(formatReport(report(), 'markdown')).toBe(GOLDEN_MARKDOWN);
  });

  it('renders a compatible check without changes', () => {
    const same = checkCompatibility({ format: 'json-schema', mode: 'FULL', previous: [JSON.stringify(v1)], candidate: JSON.stringify(v1) });
    expect(formatReport(same, 'text')).toBe(
      'COMPATIBLE under FULL: 0 breaking changes, 0 changes in total.\n\nMode                 Verdict\n' +
        ['NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE'].map((mode) => `${mode.padEnd(19)}  compatible\n`).join(''),
    );
    expect(formatReport(same, 'markdown')).toContain('### ✅ Compatible under `FULL`');
  });
});
