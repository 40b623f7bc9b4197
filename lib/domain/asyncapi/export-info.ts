/** Document-level parts of an export: info and the services/domains extensions. */
import { X_DOMAINS, X_SERVICES, type ServiceExtension } from './extensions';
import type { ExportModel } from './export-model';
import type { AsyncApiVersion, JsonObject } from './types';

/**
 * The `info` object; 2.x keeps tags and external docs at the root, so those come back separately.
 *
 * @example
 * exportInfo(model, '3.0.0', '1.0.0').info.title // 'Shop'
 */
export function exportInfo(
  model: ExportModel,
  version: AsyncApiVersion,
  infoVersion: string,
): { info: JsonObject; tags?: JsonObject[]; externalDocs?: JsonObject } {
  const { scoped } = model;
  const info: JsonObject = { title: scoped.title, version: infoVersion };
  if (scoped.description) info.description = scoped.description;
  if (scoped.owner) info.contact = { name: scoped.owner };
  const tags = scoped.tags.length > 0 ? scoped.tags.map((name) => ({ name })) : undefined;
  const externalDocs = scoped.repositoryUrl ? { url: scoped.repositoryUrl } : undefined;
  if (version === '2.6.0') return { info, tags, externalDocs };
  if (tags) info.tags = tags;
  if (externalDocs) info.externalDocs = externalDocs;
  return { info };
}

/**
 * Root extensions that let a re-import restore services and domains exactly.
 *
 * @example
 * catalogExtensions(model)['x-eventflow-services'] // [{ name: 'Order Service', ... }]
 */
export function catalogExtensions(model: ExportModel): JsonObject {
  const { scoped } = model;
  const domainName = new Map(scoped.domains.map((d) => [d.id, d.name]));
  const services: ServiceExtension[] = scoped.services.map((s) => {
    const ext: ServiceExtension = { name: s.name };
    if (s.description) ext.description = s.description;
    if (s.owner) ext.owner = s.owner;
    if (s.repositoryUrl) ext.repositoryUrl = s.repositoryUrl;
    if (s.tags.length > 0) ext.tags = [...s.tags];
    const domain = s.domainId ? domainName.get(s.domainId) : undefined;
    if (domain) ext.domain = domain;
    if (Object.keys(s.extras).length > 0) ext.extras = s.extras;
    return ext;
  });
  const out: JsonObject = { [X_SERVICES]: services };
  if (scoped.domains.length > 0) {
    out[X_DOMAINS] = scoped.domains.map((d) => (d.description ? { name: d.name, description: d.description } : { name: d.name }));
  }
  return out;
}
