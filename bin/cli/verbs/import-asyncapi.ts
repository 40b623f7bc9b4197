import path from 'node:path';
import { SlugSchema } from '@/lib/contracts/catalog-inputs';
import { ImportBodySchema } from '@/lib/contracts/asyncapi-inputs';
import type { Database } from '@/lib/server/db';
import type { AsyncApiImportOutcome } from '@/lib/server/asyncapi/import-workspace';
import { validateInput } from '../arguments';
import { InputError } from '../exit-codes';
import { readInputFile } from '../input-files';
import { LOCAL_PRINCIPAL } from '../local-principal';
import { formatTable, writeJson, type Output } from '../output';
import { defineVerb, stringFlag, stringList } from '../verb';

const COMMAND = 'import asyncapi';

/**
 * `eventflow import asyncapi FILE [FILE…] --workspace W [--dry-run]`: one transaction; the
 * workspace is created when missing; an invalid document exits 2 with its diagnostics.
 */
export default defineVerb({
  path: ['import', 'asyncapi'],
  summary:
    'Import AsyncAPI 2.x/3.x files into a workspace (created if missing) in one transaction; a changed schema becomes a new version only if compatible.',
  positionals: [
    {
      name: 'FILE',
      required: true,
      variadic: true,
      description: 'The AsyncAPI document (YAML or JSON) first, then any files it references by relative path.',
    },
  ],
  flags: {
    workspace: { type: 'string', required: true, valueName: 'SLUG', description: 'The workspace to import into; created when missing.' },
    'dry-run': { type: 'boolean', description: 'Show what the import would do, and write nothing.' },
  },
  async run(call) {
    const slug = validateInput(SlugSchema, stringFlag(call, 'workspace'), { '': '--workspace' }, COMMAND);
    const dryRun = call.flags['dry-run'] === true;
    const files = stringList(call.positionals, 'FILE');
    const base = path.dirname(path.resolve(files[0] ?? '.'));
    // Named relative to the first file's folder, so $refs between the files resolve as they do on disk.
    const uploaded = await Promise.all(
      files.map(async (file) => ({ path: path.relative(base, path.resolve(file)).split(path.sep).join('/'), text: await readInputFile(file, 'FILE') })),
    );
    const body = validateInput(ImportBodySchema, { files: uploaded }, { files: 'FILE' }, COMMAND);

    const [{ actorIn }, { importWorkspaceAsyncApi }, { AppError }] = await Promise.all([
      import('@/lib/server/access'),
      import('@/lib/server/asyncapi/import-workspace'),
      import('@/lib/server/errors'),
    ]);
    const db = await call.store();
    const workspace = await ensureWorkspace(db, slug);
    let outcome: AsyncApiImportOutcome;
    try {
      outcome = await importWorkspaceAsyncApi(db, await actorIn(db, LOCAL_PRINCIPAL, slug), body, { dryRun });
      if (dryRun) await workspace.discard();
    } catch (error) {
      await workspace.discard();
      if (error instanceof AppError && error.status === 422) throw new InputError(error.message, diagnosticLines(error.details, files.length > 1));
      throw error;
    }
    for (const warning of outcome.warnings) call.out.stderr(`warning: ${diagnosticLine(warning, files.length > 1)}\n`);
    if (call.json) return writeJson(call.out, outcome);
    writeSummary(call.out, slug, outcome, workspace.created);
  },
});

/**
 * Creates the workspace when missing. A dry run needs one to plan against, and a refused
 * import should leave nothing behind, so `discard` deletes a workspace created here (cascading).
 */
async function ensureWorkspace(db: Database, slug: string): Promise<{ created: boolean; discard(): Promise<void> }> {
  const existing = await db.prisma.workspace.findUnique({ where: { slug } });
  if (existing) return { created: false, discard: async () => {} };
  const { createWorkspace } = await import('@/lib/server/workspaces');
  const created = await createWorkspace(db, LOCAL_PRINCIPAL, { name: slug, slug });
  return { created: true, discard: async () => void (await db.prisma.workspace.delete({ where: { id: created.id } })) };
}

interface DiagnosticLike {
  message: string;
  path: string;
  file?: string;
}

/** `path: message`, naming the file (without the resolver's leading slash) only when several were given. */
function diagnosticLine(d: DiagnosticLike, manyFiles: boolean): string {
  const file = manyFiles && d.file ? ` (in ${d.file.replace(/^\//, '')})` : '';
  return `${d.path === '' ? '(root)' : d.path}: ${d.message}${file}`;
}

/** `details.diagnostics` of the use case's 422, one line each. */
function diagnosticLines(details: unknown, manyFiles: boolean): string[] {
  const diagnostics = (details as { diagnostics?: unknown } | undefined)?.diagnostics;
  if (!Array.isArray(diagnostics)) return [];
  return (diagnostics as DiagnosticLike[]).map((d) => diagnosticLine(d, manyFiles));
}

const SHOWN_ACTIONS = ['create', 'update', 'new-version', 'refused'] as const;

function writeSummary(out: Output, slug: string, outcome: AsyncApiImportOutcome, createdWorkspace: boolean): void {
  const { info, summary } = outcome;
  const title = info.title ? `"${info.title}"${info.version ? ` ${info.version}` : ''}` : 'the AsyncAPI document';
  if (outcome.dryRun) {
    const target = createdWorkspace ? `into the new workspace ${slug}` : `into workspace ${slug}`;
    out.stdout(`Dry run: importing ${title} ${target} would do the following; nothing was written.\n`);
  } else {
    out.stdout(`Imported ${title} into ${createdWorkspace ? 'the new ' : ''}workspace ${slug}.\n`);
  }
  const c = summary.counts;
  out.stdout(`${c.create} created, ${c.update} updated, ${c['new-version']} new versions, ${c.refused} refused, ${c.unchanged} unchanged.\n`);
  const shown = summary.items.filter((item) => (SHOWN_ACTIONS as readonly string[]).includes(item.action));
  if (shown.length === 0) return;
  out.stdout('\n');
  out.stdout(formatTable([['ACTION', 'KIND', 'NAME', 'REASON'], ...shown.map((item) => [item.action, item.kind, item.name, item.reason ?? ''])]));
}
