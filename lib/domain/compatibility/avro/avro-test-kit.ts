/** Helpers shared by the Avro checker's tests: build schemas, run the checker, ask avsc independently. */
import { Type } from 'avsc';
import { expect } from 'vitest';
import type { Direction, SchemaChange } from '../types';
import { avroChecker } from './index';

export type Json = Record<string, unknown> | unknown[] | string;

export const record = (name: string, fields: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
  type: 'record',
  name,
  fields,
  ...extra,
});

export const field = (name: string, type: unknown, extra: Record<string, unknown> = {}) => ({ name, type, ...extra });

/**
 * Runs the checker on two schema JSONs and sums up the verdict per direction. Unless the test
 * names a documented deviation, the verdict must equal avsc's `createResolver` verdict.
 */
export function check(oldJson: Json, newJson: Json, options: { deviatesFromAvsc?: string } = {}) {
  const oldSchema = avroChecker.parse(JSON.stringify(oldJson));
  const newSchema = avroChecker.parse(JSON.stringify(newJson));
  const changes = avroChecker.diff(oldSchema, newSchema);
  const breaks = (d: Direction) => changes.some((c) => c.breaks[d]);
  if (!options.deviatesFromAvsc) {
    expect({ backward: !breaks('backward'), forward: !breaks('forward') }, 'verdict agrees with avsc').toEqual({
      backward: avscCanRead(newJson, oldJson),
      forward: avscCanRead(oldJson, newJson),
    });
  }
  return {
    changes,
    breaks: { backward: breaks('backward'), forward: breaks('forward') },
    kinds: changes.map((c) => c.kind),
    find: (kind: string): SchemaChange | undefined => changes.find((c) => c.kind === kind),
    counterexample: (d: Direction) => avroChecker.counterexample(oldSchema, newSchema, d),
  };
}

/** avsc's own verdict: can `readerJson` resolve data written with `writerJson`? */
export function avscCanRead(readerJson: Json, writerJson: Json): boolean {
  const reader = Type.forSchema(readerJson as never);
  const writer = Type.forSchema(writerJson as never);
  try {
    reader.createResolver(writer, { ignoreNamespaces: true });
    return true;
  } catch {
    return false;
  }
}

/** Asserts the checker's per-direction verdict equals avsc's `createResolver` verdict. */
export function expectAgreesWithAvsc(oldJson: Json, newJson: Json): void {
  const { breaks } = check(oldJson, newJson);
  expect({ backward: !breaks.backward, forward: !breaks.forward }).toEqual({
    backward: avscCanRead(newJson, oldJson),
    forward: avscCanRead(oldJson, newJson),
  });
}

/**
 * Gets the counterexample for a direction and re-verifies it with avsc from the raw JSON:
 * the writer accepts the payload and the reader cannot resolve it. Returns the payload.
 */
export function verifiedCounterexample(oldJson: Json, newJson: Json, direction: Direction): unknown {
  const example = check(oldJson, newJson, { deviatesFromAvsc: 'checked by the caller' }).counterexample(direction);
  expect(example, `a ${direction} counterexample`).toBeDefined();
  const [readerJson, writerJson] = direction === 'backward' ? [newJson, oldJson] : [oldJson, newJson];
  expect(example!.acceptedBy).toBe(direction === 'backward' ? 'old' : 'new');
  const writer = Type.forSchema(writerJson as never, { wrapUnions: true });
  const reader = Type.forSchema(readerJson as never, { wrapUnions: true });
  const value = writer.fromString(JSON.stringify(example!.payload));
  expect(writer.isValid(value)).toBe(true);
  expect(() => reader.fromBuffer(writer.toBuffer(value), reader.createResolver(writer, { ignoreNamespaces: true }))).toThrow();
  expect(example!.rejection.length).toBeGreaterThan(0);
  return example!.payload;
}
