/** Services and domains of an imported document. */
import type { DomainSpec, ServiceSpec } from '../catalog-document';
import { X_DOMAINS, X_SERVICES } from './extensions';
import { isObject, type JsonObject } from './types';

export interface ImportedServices {
  services: ServiceSpec[];
  domains: DomainSpec[];
  /** The service operations without `x-eventflow-service` belong to: the document's application. */
  applicationName: string;
}

/**
 * A document describes one application (named by `info.title`); our own exports
 * list every service in `x-eventflow-services`, which then wins.
 *
 * @example
 * importServices({ info: { title: 'Orders', version: '1' } }).services[0]?.name // 'Orders'
 */
export function importServices(doc: JsonObject): ImportedServices {
  const info = isObject(doc.info) ? doc.info : {};
  const applicationName = typeof info.title === 'string' && info.title.trim() !== '' ? info.title : 'Application';
  const domains: DomainSpec[] = [];
  if (Array.isArray(doc[X_DOMAINS])) {
    for (const d of doc[X_DOMAINS] as unknown[]) {
      if (isObject(d) && typeof d.name === 'string') {
        domains.push(typeof d.description === 'string' ? { name: d.name, description: d.description } : { name: d.name });
      }
    }
  }
  const listed = doc[X_SERVICES];
  if (Array.isArray(listed)) {
    const services = listed.filter((s): s is JsonObject => isObject(s) && typeof s.name === 'string').map(serviceFromExtension);
    return { services, domains, applicationName };
  }
  const service: ServiceSpec = { name: applicationName };
  if (typeof info.description === 'string' && info.description !== '') service.description = info.description;
  const contact = isObject(info.contact) ? info.contact : {};
  const owner = typeof contact.name === 'string' ? contact.name : typeof contact.email === 'string' ? contact.email : undefined;
  if (owner) service.owner = owner;
  if (Array.isArray(info.tags) && info.tags.length > 0) {
    service.tags = info.tags.map((t) => (isObject(t) ? String(t.name) : String(t)));
  }
  const extras: JsonObject = {};
  for (const key of ['id', 'defaultContentType'] as const) if (doc[key] !== undefined) extras[key] = doc[key];
  const infoExtras = Object.fromEntries(
    Object.entries(info).filter(([k]) => ['termsOfService', 'contact', 'license', 'externalDocs'].includes(k) || k.startsWith('x-')),
  );
  if (Object.keys(infoExtras).length > 0) extras.info = infoExtras;
  if (Object.keys(extras).length > 0) service.extras = extras;
  return { services: [service], domains, applicationName };
}

function serviceFromExtension(s: JsonObject): ServiceSpec {
  const spec: ServiceSpec = { name: s.name as string };
  if (typeof s.description === 'string') spec.description = s.description;
  if (typeof s.owner === 'string') spec.owner = s.owner;
  if (typeof s.repositoryUrl === 'string') spec.repositoryUrl = s.repositoryUrl;
  if (Array.isArray(s.tags)) spec.tags = s.tags.map(String);
  if (typeof s.domain === 'string') spec.domain = s.domain;
  if (isObject(s.extras)) spec.extras = s.extras;
  return spec;
}
