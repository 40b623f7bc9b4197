/**
 * The tools the compat bench measures our checker against, each prepared the way its own
 * documentation says to use it, plus the bounds (JSON.parse alone, a bare walk).
 *
 * Every preparer returns `() => () => result`: the outer call makes a check's input (outside the
 * timed region, fresh texts each time so no cache can hit), the inner call is the timed check.
 */
import { createRequire } from 'node:module';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Parser } from '@asyncapi/parser';
import { diff as asyncApiDiff } from '@asyncapi/diff';
import Ajv from 'ajv';
import type { SchemaPairFixture } from '../lib/domain/compatibility/bench-fixtures';

export type Check = () => unknown;
export type PrepareCheck = () => Check;

// Neither package ships types: the one entry point used here, typed by hand.
const require = createRequire(import.meta.url);
const jsonSchemaDiff = require('json-schema-diff') as { diffSchemas(options: { sourceSchema: unknown; destinationSchema: unknown }): Promise<unknown> };

let counter = 0;
/** The pair's texts with a fresh `$comment` at the root of both (same in both: no change). */
export function freshTexts(pair: SchemaPairFixture): { old: string; candidate: string } {
  counter += 1;
  const mark = `{"$comment":"cold check ${counter}",`;
  return { old: mark + pair.old.slice(1), candidate: mark + pair.candidate.slice(1) };
}

/** The same texts as draft-07 (json-schema-diff knows no 2020-12): `$defs` → `definitions`. */
function draft07(text: string): string {
  return text
    .replace('"$schema":"https://json-schema.org/draft/2020-12/schema",', '')
    .replaceAll('"$defs"', '"definitions"')
    .replaceAll('#/$defs/', '#/definitions/');
}

const PAYLOAD_POINTER = '#/channels/events/subscribe/message/payload';

/**
 * The schema text as the message payload of an AsyncAPI 2.6 document. Local `$ref`s are re-rooted
 * at the payload, where they point inside the document (`#/$defs/x` would name the document root).
 */
function asyncApiText(schemaText: string): string {
  const payload = schemaText.replaceAll('"#/$defs/', `"${PAYLOAD_POINTER}/$defs/`);
  return `{"asyncapi":"2.6.0","info":{"title":"Bench","version":"1.0.0"},"channels":{"events":{"subscribe":{"message":{"payload":${payload}}}}}}`;
}

/** The schema as the payload of an AsyncAPI document, `$ref`s left as the schema has them (diff alone never reads them). */
function asyncApiDocument(payload: unknown): unknown {
  return {
    asyncapi: '2.6.0',
    info: { title: 'Bench', version: '1.0.0' },
    channels: { events: { subscribe: { message: { payload } } } },
  };
}

/** @asyncapi/diff alone, from the texts (JSON.parse timed). Its input is neither validated nor dereferenced. */
export function asyncApiDiffFromTexts(pair: SchemaPairFixture): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    return () => asyncApiDiff(asyncApiDocument(JSON.parse(old)), asyncApiDocument(JSON.parse(candidate))).getOutput();
  };
}

/**
 * @asyncapi/diff alone, from parsed documents built outside the timed region: less than its
 * README requires (input "valid & dereferenced"), so a lower bound on what it costs to use.
 */
export function asyncApiDiffAlone(pair: SchemaPairFixture): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [first, second] = [asyncApiDocument(JSON.parse(old)), asyncApiDocument(JSON.parse(candidate))];
    return () => asyncApiDiff(first, second).getOutput();
  };
}

let asyncApiValidator: ((document: unknown) => boolean) | undefined;
/** Ajv compiled once against the AsyncAPI 2.6 JSON Schema (as a long-running CI service would keep it). */
function validateAsyncApi(document: unknown): boolean {
  if (!asyncApiValidator) {
    const spec = require('@asyncapi/specs/schemas/2.6.0-without-$id.json') as object;
    asyncApiValidator = new Ajv({ strict: false, validateFormats: false }).compile(spec);
  }
  return asyncApiValidator(document);
}

async function validatedAndDereferenced(document: unknown): Promise<unknown> {
  if (!validateAsyncApi(document)) throw new Error('bench document is not valid AsyncAPI 2.6');
  return $RefParser.dereference(document as $RefParser.JSONSchema, { resolve: { external: false } });
}

/**
 * @asyncapi/diff with the input its README requires ("valid & dereferenced"), made by the fastest
 * means we know from parsed documents: ajv against the AsyncAPI 2.6 schema (compiled once) and
 * json-schema-ref-parser's in-memory dereference. The same job our checker does from parsed
 * schemas (it checks their structure and resolves every `$ref` itself).
 */
export function asyncApiDiffOnValidInput(pair: SchemaPairFixture): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [first, second] = [JSON.parse(asyncApiText(old)) as unknown, JSON.parse(asyncApiText(candidate)) as unknown];
    return async () => asyncApiDiff(await validatedAndDereferenced(first), await validatedAndDereferenced(second)).getOutput();
  };
}

let parser: Parser | undefined;
/**
 * The README's own recipe, from the texts: @asyncapi/parser parses, validates and dereferences each
 * document, then @asyncapi/diff compares their JSON.
 */
export function asyncApiParserAndDiff(pair: SchemaPairFixture): PrepareCheck {
  parser ??= new Parser();
  const shared = parser;
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [first, second] = [asyncApiText(old), asyncApiText(candidate)];
    return async () => {
      const [a, b] = await Promise.all([shared.parse(first), shared.parse(second)]);
      if (!a.document || !b.document) throw new Error('bench document rejected by @asyncapi/parser');
      return asyncApiDiff(a.document.json(), b.document.json()).getOutput();
    };
  };
}

/** json-schema-diff from parsed schemas, parsed outside the timed region (it dereferences itself). */
export function schemaDiffParsed(pair: SchemaPairFixture): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [sourceSchema, destinationSchema] = [JSON.parse(draft07(old)) as unknown, JSON.parse(draft07(candidate)) as unknown];
    return () => jsonSchemaDiff.diffSchemas({ sourceSchema, destinationSchema });
  };
}

/** json-schema-diff from the texts (JSON.parse timed). */
export function schemaDiffFromTexts(pair: SchemaPairFixture): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [source, destination] = [draft07(old), draft07(candidate)];
    return () => jsonSchemaDiff.diffSchemas({ sourceSchema: JSON.parse(source), destinationSchema: JSON.parse(destination) });
  };
}

/**
 * The least work any correct checker does on a pair: visit every value of both documents once,
 * matching keys, and nothing else (no checks, no report). A checker that skipped a value could
 * miss a change there that flips the verdict, so no checker's rate can exceed this walk's.
 */
function bareWalk(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return 1;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return 1;
    let differences = Math.abs(a.length - b.length);
    for (let index = 0; index < Math.min(a.length, b.length); index += 1) differences += bareWalk(a[index], b[index]);
    return differences;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let differences = 0;
  for (const key in left) differences += Object.hasOwn(right, key) ? bareWalk(left[key], right[key]) : 1;
  for (const key in right) if (!Object.hasOwn(left, key)) differences += 1;
  return differences;
}

/** The bare walk from parsed schemas, parsed outside the timed region. */
export function bareWalkParsed(pair: SchemaPairFixture): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [first, second] = [JSON.parse(old) as unknown, JSON.parse(candidate) as unknown];
    return () => bareWalk(first, second);
  };
}

/** JSON.parse of both texts alone: every tool pays it, so it bounds how far ahead any can get. */
export function parseOnly(pair: SchemaPairFixture): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    return () => [JSON.parse(old), JSON.parse(candidate)];
  };
}
