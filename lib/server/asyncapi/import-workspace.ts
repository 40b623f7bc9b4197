import type { ImportBody } from '@/lib/contracts/asyncapi-inputs';
import { importAsyncApi, type Diagnostic } from '@/lib/domain/asyncapi/import-asyncapi';
import type { Actor } from '../actor';
import { applyCatalogDocument, type ApplySummary } from '../catalog/apply-catalog-document';
import { reviewCandidate } from '../catalog/review-candidate';
import type { Database } from '../db';
import { unprocessable } from '../errors';

export interface AsyncApiImportOutcome {
  dryRun: boolean;
  info: { title: string; version: string; description: string };
  summary: ApplySummary;
  warnings: Diagnostic[];
}

/**
 * Imports AsyncAPI files into a workspace in one transaction: an invalid document is
 * refused (422 with the parser's diagnostics) and nothing is written; re-importing the
 * same document changes nothing; a changed schema becomes a new version only if it
 * passes the event's compatibility mode (otherwise it is listed as refused).
 */
export async function importWorkspaceAsyncApi(
  db: Database,
  actor: Actor,
  body: ImportBody,
  options: { dryRun: boolean; onProgress?: (done: number, total: number) => void },
): Promise<AsyncApiImportOutcome> {
  const result = await importAsyncApi(body.files);
  if (!result.ok) throw unprocessable('The AsyncAPI document is invalid; nothing was imported.', { diagnostics: result.diagnostics });
  const summary = await applyCatalogDocument(db, actor, result.document, {
    dryRun: options.dryRun,
    onProgress: options.onProgress,
    beforeNewVersion: async (tx, eventId, spec) => {
      const review = await reviewCandidate(tx, { id: eventId }, spec);
      return review.compatible ? { report: review } : { refused: `not ${review.mode} compatible: ${review.report.changes.find((c) => c.breakingUnder.includes(review.mode))?.message ?? 'examples no longer validate'}` };
    },
  });
  return { dryRun: options.dryRun, info: result.info, summary, warnings: result.warnings };
}
