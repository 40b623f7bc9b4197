import type { Counterexample, Direction } from '../types';
import { rejectionText, validatorFor } from './ajv-validators';
import { analysePair, type PairAnalysis } from './analyse-pair';
import { candidatesAlong, defaultLeafVariants } from './build-candidates';
import { isCompatibleKind, kindFamily } from './change-kinds';
import { variantValues } from './sample-values';
import { toPointer } from './schema-path';
import type { JsonSchemaDocument } from './schema-node';
import { needsAjv, validateInstance } from './validate-instance';

/** Most candidate payloads validated for one counterexample (each costs two ajv calls). */
const MAX_ATTEMPTS = 4000;
/**
 * Largest pair (subschemas of both documents) verified with ajv (only documents using keywords
 * validateInstance lacks): compiling costs about 0.2 ms per subschema, so this keeps a search well
 * under a second.
 */
export const MAX_AJV_COUNTEREXAMPLE_NODES = 1500;
/** Largest pair verified by validateInstance; attempts shrink as the documents grow. */
export const MAX_COUNTEREXAMPLE_NODES = 10_000;
const MAX_FINDINGS_TRIED = 32;
/**
 * Wall-clock time one search may take. The work budgets above bound the attempts, but building
 * candidates for documents of thousands of properties costs more than they count, and a hostile
 * pair must still be answered within a second; an illustration found later is not worth the wait.
 */
export const COUNTEREXAMPLE_TIME_BUDGET_MS = 250;
/** Subschema visits a search may spend in total (candidates × documents' size), so big pairs try fewer candidates. */
const SEARCH_WORK = 2_000_000;

/** Accepts or rejects candidate payloads, and says why it rejected the last one. */
interface PayloadCheck {
  accepts(value: unknown): boolean;
  lastRejection(): string;
}

function payloadCheck(doc: JsonSchemaDocument, withAjv: boolean): PayloadCheck {
  if (withAjv) {
    const validate = validatorFor(doc);
    return { accepts: (value) => validate(value) === true, lastRejection: () => rejectionText(validate) };
  }
  let rejection = '';
  return {
    accepts: (value) => {
      rejection = validateInstance(doc, value) ?? '';
      return rejection === '';
    },
    lastRejection: () => rejection,
  };
}

/**
 * A payload the writer side accepts and the reader side rejects, built from the breaking
 * changes of that direction and verified with ajv; undefined when none was found.
 * Backward: old writes, new reads. Forward: new writes, old reads.
 *
 * @example findCounterexample(v1, v2, 'backward')?.payload
 */
export function findCounterexample(
  old: JsonSchemaDocument,
  next: JsonSchemaDocument,
  direction: Direction,
  maxSteps?: number,
): Counterexample | undefined {
  const analysis = analysePair(old, next, maxSteps);
  if (!analysis.counterexamples.has(direction)) analysis.counterexamples.set(direction, search(analysis, old, next, direction));
  const known = analysis.counterexamples.get(direction);
  // A copy: callers attach it to reports they may change.
  return known && { ...known, payload: structuredClone(known.payload) };
}

/**
 * The fast validator drives the search; ajv, the reference implementation, has the last
 * word on the payload we show (one compile per document, cached). Documents too big to
 * compile quickly keep the fast validator's word, which is tested against ajv (validate-instance.test.ts).
 */
/** Above this size an ajv compile costs more than the whole check (hundreds of ms for 500 properties). */
const MAX_AJV_CONFIRM_NODES = 300;

function ajvConfirms(writer: JsonSchemaDocument, reader: JsonSchemaDocument, payload: unknown): boolean {
  return writer.nodes + reader.nodes > MAX_AJV_CONFIRM_NODES || ajvRejection(writer, reader, payload) !== undefined;
}

/** ajv's sentence for the reader rejecting a payload the writer accepts; undefined otherwise or for big documents. */
function ajvRejection(writer: JsonSchemaDocument, reader: JsonSchemaDocument, payload: unknown): string | undefined {
  if (writer.nodes + reader.nodes > MAX_AJV_CONFIRM_NODES) return undefined;
  try {
    if (!validatorFor(writer)(payload)) return undefined;
    const read = validatorFor(reader);
    return read(payload) ? undefined : rejectionText(read);
  } catch {
    // ajv cannot compile it (e.g. a draft feature it lacks): no counterexample rather than an unverified one.
    return undefined;
  }
}

function search(analysis: PairAnalysis, old: JsonSchemaDocument, next: JsonSchemaDocument, direction: Direction): Counterexample | undefined {
  const writer = direction === 'backward' ? old : next;
  const reader = direction === 'backward' ? next : old;
  const findings = analysis[direction].filter((finding) => !isCompatibleKind(finding.kind));
  if (findings.length === 0) return undefined;
  // An illustration only (the verdict never depends on it): not worth seconds of work.
  const size = writer.nodes + reader.nodes;
  const withAjv = needsAjv(writer) || needsAjv(reader);
  if (size > (withAjv ? MAX_AJV_COUNTEREXAMPLE_NODES : MAX_COUNTEREXAMPLE_NODES)) return undefined;
  const writes = payloadCheck(writer, withAjv);
  const reads = payloadCheck(reader, withAjv);
  const maxAttempts = Math.min(MAX_ATTEMPTS, Math.max(50, Math.floor(SEARCH_WORK / size)));
  // Each change tried builds a few dozen whole-document candidates, so big documents try fewer changes.
  const maxFindings = Math.max(1, Math.min(MAX_FINDINGS_TRIED, Math.floor(SEARCH_WORK / (size * 64))));
  let attempts = 0;
  const seen = new Set<string>();
  const deadline = performance.now() + COUNTEREXAMPLE_TIME_BUDGET_MS;
  const spent = () => attempts >= maxAttempts || performance.now() > deadline;

  const tryAll = (candidates: unknown[]): unknown => {
    for (const candidate of candidates) {
      if (spent()) return undefined;
      const text = JSON.stringify(candidate);
      if (text === undefined || seen.has(text)) continue;
      seen.add(text);
      attempts += 1;
      if (writes.accepts(candidate) && !reads.accepts(candidate) && ajvConfirms(writer, reader, candidate)) return JSON.parse(text);
    }
    return undefined;
  };
  const found = (payload: unknown, kind?: string, path?: string): Counterexample => ({
    direction,
    payload,
    acceptedBy: direction === 'backward' ? 'old' : 'new',
    rejection: ajvRejection(writer, reader, payload) ?? reads.lastRejection(),
    ...(kind !== undefined && path !== undefined ? { explains: { kind, path } } : {}),
  });

  // Any one counterexample will do: a few dozen changes are enough to try, however many there are.
  for (const finding of findings.slice(0, maxFindings)) {
    if (spent()) return undefined;
    const payload = tryAll(candidatesAlong(writer.root, reader.root, finding.path, defaultLeafVariants));
    if (payload === undefined) continue;
    const path = toPointer(finding.path);
    const change = analysis.changes.find((candidate) => candidate.path === path && kindFamily(candidate.kind) === kindFamily(finding.kind));
    return found(payload, change?.kind ?? finding.kind, path);
  }
  // Fallback: vary the whole document, then each top-level property.
  if (spent()) return undefined;
  const whole = tryAll(variantValues(writer.root, reader.root));
  if (whole !== undefined) return found(whole);
  const keys = writer.root.kind === 'object' ? [...writer.root.properties.keys()] : [];
  for (const key of keys.slice(0, maxFindings)) {
    if (spent()) return undefined;
    const payload = tryAll(candidatesAlong(writer.root, reader.root, ['properties', key], defaultLeafVariants));
    if (payload !== undefined) return found(payload);
  }
  return undefined;
}
