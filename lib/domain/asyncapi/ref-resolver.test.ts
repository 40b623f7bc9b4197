import { describe, expect, it } from 'vitest';
import { RefResolver } from './ref-resolver';
import type { SourceFile } from './parse-documents';

function resolverFor(json: unknown, other?: [string, unknown]) {
  const files = new Map<string, SourceFile>([['/main.yaml', { path: '/main.yaml', json }]]);
  if (other) files.set(other[0], { path: other[0], json: other[1] });
  return new RefResolver(files, []);
}

describe('RefResolver.schema', () => {
  it('inlines refs to components and keeps refs inside the schema local', () => {
    const doc = {
      components: {
        schemas: { Id: { type: 'string' } },
        messages: {
          M: { payload: { properties: { id: { $ref: '#/components/schemas/Id' }, a: { $ref: '#/components/messages/M/payload/$defs/A' } }, $defs: { A: { type: 'number' } } } },
        },
      },
    };
    const schema = resolverFor(doc).schema((doc.components.messages.M as { payload: unknown }).payload, '/main.yaml', '/components/messages/M/payload');
    expect(schema).toEqual({ properties: { id: { type: 'string' }, a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'number' } } });
  });

  it('puts recursive schemas into $defs, even across files', () => {
    const shared = { Node: { type: 'object', properties: { next: { $ref: '#/Node' } } } };
    const doc = { payload: { $ref: 'shared.yaml#/Node' } };
    const schema = resolverFor(doc, ['/shared.yaml', shared]).schema(doc.payload, '/main.yaml', '/payload');
    expect(schema).toEqual({ type: 'object', properties: { next: { $ref: '#' } } });
    const wrapped = { payload: { properties: { head: { $ref: 'shared.yaml#/Node' } } } };
    expect(resolverFor(wrapped, ['/shared.yaml', shared]).schema(wrapped.payload, '/main.yaml', '/payload')).toEqual({
      properties: { head: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } } } },
      $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } } } },
    });
  });
});
