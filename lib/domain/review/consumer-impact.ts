import type { ReportedChange } from '../compatibility/types';

/** A consuming service as impact analysis sees it: who, and which payload fields it reads. */
export interface ImpactConsumer {
  serviceId: string;
  serviceName: string;
  /** JSON pointers into the payload (`/items/sku`); empty means "not declared". */
  fieldsRead: string[];
}

export interface ConsumerImpact {
  serviceId: string;
  serviceName: string;
  /** The breaking changes that touch what this consumer reads. */
  changes: Array<{ kind: string; path: string; payloadPath: string }>;
  /** The declared fields those changes touch; empty when the consumer declared none. */
  fieldsHit: string[];
  /** True when the consumer declared no fields, so every breaking change may hurt it. */
  undeclared: boolean;
}

/**
 * Turns a schema pointer into the payload pointer it describes, dropping JSON Schema's
 * structural keywords and Avro's field indexes: `/properties/items/items/properties/sku` → `/items/sku`.
 *
 * @example
 * payloadPathOf('/properties/customer/properties/email'); // '/customer/email'
 */
export function payloadPathOf(schemaPath: string): string {
  const parts = schemaPath.split('/').slice(1);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === 'properties' || part === 'patternProperties' || part === 'dependentSchemas') {
      const name = parts[++i];
      if (name !== undefined) out.push(name);
    } else if (part === 'fields') {
      // Avro: /fields/2/type → the third field; the path carries an index, not a name.
      const next = parts[i + 1];
      if (next !== undefined && /^\d+$/.test(next)) i++;
    }
    // items, prefixItems, allOf/anyOf/oneOf indexes, $defs, type… describe shape, not payload fields.
  }
  return '/' + out.join('/');
}

/** Whether a consumer reading `field` is touched by a change at `changed` (same, inside, or enclosing). */
function touches(field: string, changed: string): boolean {
  if (changed === '/' || field === changed) return true;
  return field.startsWith(changed + '/') || changed.startsWith(field + '/');
}

/**
 * Which consumers each breaking change hurts, by the fields they declare they read.
 * Consumers that declared nothing are listed for every breaking change, flagged `undeclared`.
 *
 * @example
 * consumerImpact(report.changes.filter((c) => c.breakingUnder.includes('BACKWARD')), consumers);
 */
export function consumerImpact(breaking: ReportedChange[], consumers: ImpactConsumer[]): ConsumerImpact[] {
  const impacts: ConsumerImpact[] = [];
  for (const consumer of consumers) {
    const undeclared = consumer.fieldsRead.length === 0;
    const hits = new Set<string>();
    const changes: ConsumerImpact['changes'] = [];
    for (const change of breaking) {
      const payloadPath = payloadPathOf(change.path);
      const touched = undeclared ? [] : consumer.fieldsRead.filter((field) => touches(field, payloadPath));
      if (undeclared || touched.length > 0) {
        changes.push({ kind: change.kind, path: change.path, payloadPath });
        touched.forEach((field) => hits.add(field));
      }
    }
    if (changes.length > 0) {
      impacts.push({ serviceId: consumer.serviceId, serviceName: consumer.serviceName, changes, fieldsHit: [...hits].sort(), undeclared });
    }
  }
  return impacts.sort((a, b) => Number(a.undeclared) - Number(b.undeclared) || a.serviceName.localeCompare(b.serviceName));
}
