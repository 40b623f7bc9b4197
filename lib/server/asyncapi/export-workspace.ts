import type { ExportQuery } from '@/lib/contracts/asyncapi-inputs';
import { exportAsyncApi, serializeAsyncApi } from '@/lib/domain/asyncapi/export-asyncapi';
import type { Actor } from '../actor';
import { findService } from '../catalog/refs';
import { loadCatalog } from '../catalog/load-catalog';
import type { Database } from '../db';
import { findFlow } from '../flows/flow-graph';

export interface AsyncApiExport {
  text: string;
  contentType: string;
  fileName: string;
}

/** Exports the workspace, one service or one flow as an AsyncAPI document (YAML or JSON). */
export async function exportWorkspaceAsyncApi(db: Database, actor: Actor, query: ExportQuery): Promise<AsyncApiExport> {
  const catalog = await loadCatalog(db, actor);
  let scope: Parameters<typeof exportAsyncApi>[1]['scope'] = { kind: 'workspace' };
  let stem = catalog.workspace.slug;
  if (query.service) {
    const service = await findService(db.prisma, actor.workspaceId, query.service);
    scope = { kind: 'service', serviceId: service.id };
    stem = `${stem}-${service.name}`;
  } else if (query.flow) {
    const flow = await findFlow(db.prisma, actor.workspaceId, query.flow);
    scope = { kind: 'flow', flowId: flow.id };
    stem = `${stem}-${flow.slug}`;
  }
  const doc = exportAsyncApi(catalog, { version: query.version, scope });
  return {
    text: serializeAsyncApi(doc, query.format),
    contentType: query.format === 'json' ? 'application/json' : 'application/yaml',
    fileName: `${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.asyncapi.${query.format === 'json' ? 'json' : 'yaml'}`,
  };
}
