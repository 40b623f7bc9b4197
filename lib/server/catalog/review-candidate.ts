import {
  checkCompatibility,
  InvalidSchemaError,
  MODE_DIRECTIONS,
  SchemaTooComplexError,
  type CompatibilityInput,
  type CompatibilityReport,
} from '@/lib/domain/compatibility';
import type { CompatibilityMode, SchemaFormat } from '@/lib/domain/model';
import { consumerImpact, type ConsumerImpact } from '@/lib/domain/review/consumer-impact';
import { rejectedPayloads } from '@/lib/domain/schemas/payload-rejections';
import { notFound, unprocessable } from '../errors';
import { readReviewRows, type EventKey, type RawReader } from './event-reads';
import type { ReviewVersion, ReviewVersionCache } from './review-version-cache';

export interface CandidateReview {
  mode: CompatibilityMode;
  compatible: boolean;
  report: CompatibilityReport;
  /** Consumers hurt by the changes that break the event's mode. */
  impact: ConsumerImpact[];
  /** Examples stored with the latest version that the candidate rejects. */
  staleExamples: Array<{ version: string; index: number; errors: string[] }>;
}

/** What a review reads from the database: loaded once, so the CPU-heavy check can run outside a transaction. */
export interface ReviewInputs {
  eventId: string;
  eventName: string;
  mode: CompatibilityMode;
  /** The stored versions, oldest first (schema, format, label, number and examples only); shared with the cache, so read-only. */
  versions: readonly ReviewVersion[];
  consumers: Array<{ serviceId: string; serviceName: string; fieldsRead: string[] }>;
}

export type { EventKey } from './event-reads';

/**
 * Everything a review reads, in one statement (event-reads.ts); 404 when the event does not exist.
 * With a `cache` (reads outside a transaction only), versions read before are not read again.
 */
export async function loadReviewInputs(client: RawReader, key: EventKey, cache?: ReviewVersionCache): Promise<ReviewInputs> {
  const known = cache?.known(key);
  const event = await readReviewRows(client, key, known);
  if (!event) throw notFound(`Event "${'id' in key ? key.id : key.ref}"`);
  const fetched = event.versions.map((v): ReviewVersion => ({
    number: v.number,
    label: v.label,
    format: v.format === 'json-schema' ? 'json-schema' : 'avro',
    schema: v.schema,
    examples: Array.isArray(v.examples) ? (v.examples as unknown[]) : [],
  }));
  return {
    eventId: event.id,
    eventName: event.name,
    mode: event.mode as CompatibilityMode,
    versions: cache ? cache.merge(key, event.id, known, fetched) : fetched,
    consumers: event.consumers,
  };
}

/**
 * Reviews a candidate schema the way publishing will: the event's mode (or the
 * workspace default) against the right earlier versions, consumer impact, and the
 * latest version's examples replayed against the candidate. Pure CPU over `inputs`.
 */
export function reviewWith(inputs: ReviewInputs, candidate: { format: SchemaFormat; schema: string }): CandidateReview {
  const { mode, versions } = inputs;
  if (mode !== 'NONE' && versions.some((v) => v.format !== candidate.format)) {
    throw unprocessable(`"${inputs.eventName}" has ${versions[0]?.format} versions; a ${candidate.format} version cannot be checked against them under ${mode}.`, { field: 'format' });
  }
  const report = runCheck(checkInput(candidate.format, mode, versions, candidate.schema));
  const breaking = report.changes.filter((c) => c.breakingUnder.includes(mode));
  const impact = consumerImpact(breaking, inputs.consumers);
  const latest = versions.at(-1);
  const staleExamples: CandidateReview['staleExamples'] = [];
  // Old examples are data old producers really send: the new reader must accept them (backward).
  if (latest && latest.format === candidate.format && latest.examples.length > 0 && MODE_DIRECTIONS[mode].includes('backward')) {
    for (const { index, errors } of rejectedPayloads(candidate.format, candidate.schema, latest.examples)) staleExamples.push({ version: latest.label, index, errors });
  }
  return { mode, compatible: report.compatible && staleExamples.length === 0, report, impact, staleExamples };
}

export async function reviewCandidate(
  tx: RawReader,
  event: EventKey,
  candidate: { format: SchemaFormat; schema: string },
): Promise<CandidateReview> {
  return reviewWith(await loadReviewInputs(tx, event), candidate);
}

/** Stored versions' schemas as JSON data, parsed once per version object (a cache hands a publish the same objects as the last). */
const schemaJson = new WeakMap<ReviewVersion, unknown>();

function checkInput(format: SchemaFormat, mode: CompatibilityMode, versions: readonly ReviewVersion[], candidate: string): CompatibilityInput {
  try {
    const previous = versions.map((v) => {
      let json = schemaJson.get(v);
      if (json === undefined) schemaJson.set(v, (json = JSON.parse(v.schema)));
      return json;
    });
    return { format, mode, parsed: true, previous, candidate: JSON.parse(candidate) };
  } catch {
    // A text that is not JSON: the text form's errors name which schema it is.
    return { format, mode, previous: versions.map((v) => v.schema), candidate };
  }
}

function runCheck(input: Parameters<typeof checkCompatibility>[0]): CompatibilityReport {
  try {
    return checkCompatibility(input);
  } catch (error) {
    if (error instanceof InvalidSchemaError || error instanceof SchemaTooComplexError) {
      throw unprocessable(error.message, { field: 'schema' });
    }
    throw error;
  }
}
