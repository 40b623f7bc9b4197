/** The shapes the import API answers with (see app/api/v1/workspaces/[workspace]/import/asyncapi). */
export type PlanAction = 'create' | 'update' | 'unchanged' | 'new-version' | 'refused';

export interface PlanItem {
  kind: string;
  name: string;
  action: PlanAction;
  reason?: string;
}

export interface ImportDiagnostic {
  message: string;
  path: string;
  severity: 'error' | 'warning';
  file?: string;
}

export interface ImportOutcome {
  dryRun: boolean;
  info: { title: string; version: string; description: string };
  summary: { items: PlanItem[]; counts: Record<PlanAction, number> };
  warnings: ImportDiagnostic[];
}

export type ImportAnswer =
  | { ok: true; outcome: ImportOutcome }
  | { ok: false; error: string; diagnostics: ImportDiagnostic[] };

export interface SpecFile {
  path: string;
  text: string;
}

/**
 * Sends the files to the import API (with the session cookie); `dryRun` previews the
 * plan and writes nothing. Every failure comes back as an answer, never a throw.
 */
export async function postImport(slug: string, files: SpecFile[], dryRun: boolean): Promise<ImportAnswer> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/workspaces/${encodeURIComponent(slug)}/import/asyncapi${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files }),
    });
  } catch {
    return { ok: false, error: 'Could not reach the server; check your connection and try again.', diagnostics: [] };
  }
  const body = (await response.json().catch(() => null)) as
    | (ImportOutcome & { error?: undefined })
    | { error?: string; details?: { diagnostics?: ImportDiagnostic[]; issues?: Array<{ path: string; message: string }> } }
    | null;
  if (response.ok && body && 'summary' in body) return { ok: true, outcome: body };
  const failure = body && 'details' in body ? body : null;
  const diagnostics = failure?.details?.diagnostics ?? (failure?.details?.issues ?? []).map((i) => ({ message: i.message, path: i.path, severity: 'error' as const }));
  const error = body?.error ?? (response.status === 413 ? 'The files are larger than the 25 MB the server accepts.' : `The import failed (HTTP ${response.status}).`);
  return { ok: false, error, diagnostics };
}
