import {
  checkCompatibility,
  InvalidSchemaError,
  MODE_DIRECTIONS,
  SchemaTooComplexError,
  type CompatibilityReport,
} from '@/lib/domain/compatibility';
import type { CompatibilityMode, SchemaFormat } from '@/lib/domain/model';
import { consumerImpact, type ConsumerImpact } from '@/lib/domain/review/consumer-impact';
import { compilePayloadValidator } from '@/lib/domain/schemas/payload-validator';
import type { Tx } from '../db';
import { unprocessable } from '../errors';
import { toVersion } from '../mappers';

export interface CandidateReview {
  mode: CompatibilityMode;
  compatible: boolean;
  report: CompatibilityReport;
  /** Consumers hurt by the changes that break the event's mode. */
  impact: ConsumerImpact[];
  /** Examples stored with the latest version that the candidate rejects. */
  staleExamples: Array<{ version: string; index: number; errors: string[] }>;
}

/**
 * Reviews a candidate schema for an event the way publishing will: the event's mode
 * (or the workspace default) against the right earlier versions, consumer impact,
 * and the latest version's examples replayed against the candidate.
 */
export async function reviewCandidate(
  tx: Tx,
  eventId: string,
  candidate: { format: SchemaFormat; schema: string },
  modeOverride?: CompatibilityMode,
): Promise<CandidateReview> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    include: {
      workspace: { select: { defaultCompatibility: true } },
      versions: { orderBy: { number: 'asc' } },
      consumers: { include: { service: { select: { id: true, name: true } } } },
    },
  });
  const mode = modeOverride ?? event.compatibility ?? event.workspace.defaultCompatibility;
  const versions = event.versions.map(toVersion);
  if (mode !== 'NONE' && versions.some((v) => v.format !== candidate.format)) {
    throw unprocessable(`"${event.name}" has ${versions[0]?.format} versions; a ${candidate.format} version cannot be checked against them under ${mode}.`, { field: 'format' });
  }
  const report = runCheck({ format: candidate.format, mode, previous: versions.map((v) => v.schema), candidate: candidate.schema });
  const breaking = report.changes.filter((c) => c.breakingUnder.includes(mode));
  const impact = consumerImpact(
    breaking,
    event.consumers.map((c) => ({ serviceId: c.service.id, serviceName: c.service.name, fieldsRead: c.fieldsRead })),
  );
  const latest = versions.at(-1);
  const staleExamples: CandidateReview['staleExamples'] = [];
  // Old examples are data old producers really send: the new reader must accept them (backward).
  if (latest && latest.format === candidate.format && MODE_DIRECTIONS[mode].includes('backward')) {
    const validate = compilePayloadValidator(candidate.format, candidate.schema);
    latest.examples.forEach((example, index) => {
      const check = validate(example);
      if (!check.valid) staleExamples.push({ version: latest.label, index, errors: check.errors });
    });
  }
  return { mode, compatible: report.compatible && staleExamples.length === 0, report, impact, staleExamples };
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
