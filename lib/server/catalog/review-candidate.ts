import {
  checkCompatibility,
  InvalidSchemaError,
  MODE_DIRECTIONS,
  SchemaTooComplexError,
  type CompatibilityReport,
} from '@/lib/domain/compatibility';
import type { CompatibilityMode, SchemaFormat } from '@/lib/domain/model';
import { consumerImpact, type ConsumerImpact } from '@/lib/domain/review/consumer-impact';
import { rejectedPayloads } from '@/lib/domain/schemas/payload-rejections';
import { notFound, unprocessable } from '../errors';
import { readReviewRows, type EventKey, type RawReader } from './event-reads';

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
  /** The stored versions, oldest first (schema, format, label, number and examples only). */
  versions: Array<{ number: number; label: string; format: SchemaFormat; schema: string; examples: unknown[] }>;
  consumers: Array<{ serviceId: string; serviceName: string; fieldsRead: string[] }>;
}

export type { EventKey } from './event-reads';

/** Everything a review reads, in one statement (event-reads.ts); 404 when the event does not exist. */
export async function loadReviewInputs(client: RawReader, key: EventKey, modeOverride?: CompatibilityMode): Promise<ReviewInputs> {
  const event = await readReviewRows(client, key);
  if (!event) throw notFound(`Event "${'id' in key ? key.id : key.ref}"`);
  return {
    eventId: event.id,
    eventName: event.name,
    mode: modeOverride ?? (event.mode as CompatibilityMode),
    versions: event.versions.map((v) => ({
      number: v.number,
      label: v.label,
      format: v.format === 'json-schema' ? 'json-schema' : 'avro',
      schema: v.schema,
      examples: Array.isArray(v.examples) ? (v.examples as unknown[]) : [],
    })),
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
  const report = runCheck({ format: candidate.format, mode, previous: versions.map((v) => v.schema), candidate: candidate.schema });
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
  modeOverride?: CompatibilityMode,
): Promise<CandidateReview> {
  return reviewWith(await loadReviewInputs(tx, event, modeOverride), candidate);
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
