import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../catalog-document';
import { CatalogMergeConflict, mergeCatalogDocuments, sameContent } from './merge-catalog-documents';

const schema = '{"type":"object"}';

function documentWith(serviceDescription: string, flowSlug = 'a'): CatalogDocument {
  return {
    services: [{ name: 'Shared', description: serviceDescription }],
    channels: [{ name: 'topic', protocol: 'kafka', partitions: 3 }],
    events: [{ name: 'E', versions: [{ format: 'json-schema', schema }] }],
    producers: [{ service: 'Shared', event: 'E', channel: 'topic' }],
    consumers: [],
    flows: [{ name: `Flow ${flowSlug}`, slug: flowSlug, nodes: [] }],
  };
}

describe('mergeCatalogDocuments', () => {
  it('keeps identical items once and concatenates the rest', () => {
    const left = documentWith('same', 'a');
    const right = documentWith('same', 'b');
    right.services.push({ name: 'Only right' });
    const merged = mergeCatalogDocuments([left, right]);
    expect(merged.services.map((s) => s.name)).toEqual(['Shared', 'Only right']);
    expect(merged.events).toHaveLength(1);
    expect(merged.producers).toHaveLength(1);
    expect(merged.flows!.map((f) => f.slug)).toEqual(['a', 'b']);
  });

  it('treats key order and undefined keys as the same content', () => {
    const left = documentWith('same');
    const right = documentWith('same');
    right.channels = [{ partitions: 3, protocol: 'kafka', name: 'topic', description: undefined }];
    expect(mergeCatalogDocuments([left, right]).channels).toHaveLength(1);
  });

  it('throws when two items share a name but differ', () => {
    const merge = () => mergeCatalogDocuments([documentWith('one'), documentWith('two')]);
    expect(merge).toThrow(CatalogMergeConflict);
    expect(merge).toThrow('two different services are both named "Shared"');
  });

  it('throws when the same relation is declared differently', () => {
    const right = documentWith('same', 'b');
    right.producers[0]!.operationId = 'publishE';
    expect(() => mergeCatalogDocuments([documentWith('same'), right])).toThrow('producers');
  });

  it('throws when two different flows share a slug', () => {
    const right = documentWith('same');
    right.flows = [{ name: 'Another flow', slug: 'a', nodes: [] }];
    expect(() => mergeCatalogDocuments([documentWith('same'), right])).toThrow('flow slugs');
  });

  it('returns a copy that does not alias its inputs', () => {
    const input = documentWith('same');
    const merged = mergeCatalogDocuments([input]);
    merged.services[0]!.description = 'changed';
    expect(input.services[0]!.description).toBe('same');
  });
});

describe('sameContent', () => {
  it('compares nested data structurally', () => {
    expect(sameContent({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameContent({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameContent([], {})).toBe(false);
    expect(sameContent(null, {})).toBe(false);
    expect(sameContent('1', 1)).toBe(false);
  });
});
