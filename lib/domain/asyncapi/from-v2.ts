/**
 * Converts a validated AsyncAPI 2.x document into a catalog document.
 * In 2.x, `subscribe` means the application sends and `publish` means it receives.
 */
import type { CatalogDocument } from '../catalog-document';
import {
  X_ADDRESS,
  X_CHANNEL_MESSAGES,
  X_EDGES,
  X_OPERATIONS,
  X_REPLY,
  X_SERVICE,
  X_SYNTHETIC,
  isEventflowExtension,
  type EdgeExtension,
} from './extensions';
import { ImportBuilder } from './import-builder';
import { importChannel, type NamedServer } from './import-channel';
import { importMessage } from './import-message';
import { addOperation } from './import-operation';
import { importServices } from './import-services';
import { sanitizeKey } from './names';
import { locationKey, type Located, type RefResolver } from './ref-resolver';
import { pointerSegment } from './schema-refs';
import { applyTraits } from './traits';
import { isObject, type JsonObject } from './types';

const ACTIONS = [
  ['subscribe', 'send'],
  ['publish', 'receive'],
] as const;

/**
 * @example
 * fromV2(parsedRoot.json, '/asyncapi.yaml', resolver).producers // from the `subscribe` operations
 */
export function fromV2(doc: JsonObject, file: string, resolver: RefResolver): CatalogDocument {
  const builder = new ImportBuilder(resolver.warnings);
  const { services, domains, applicationName } = importServices(doc);
  const defaults = typeof doc.defaultContentType === 'string' ? { defaultContentType: doc.defaultContentType } : {};
  const entries = (value: unknown) => (isObject(value) ? Object.entries(value) : []);
  const child = (parent: Located, ...segments: string[]) => resolver.child(parent, ...segments);
  const addMessage = (loc: Located, fallbackName: string) => {
    const message = isObject(loc.value) ? loc.value : {};
    const componentKey = /^\/components\/messages\/([^/]+)$/.exec(loc.pointer)?.[1];
    const name =
      (typeof message.name === 'string' && message.name !== '' && message.name) ||
      (typeof message.messageId === 'string' && message.messageId !== '' && message.messageId) ||
      (componentKey ? componentKey.replace(/~1/g, '/').replace(/~0/g, '~') : fallbackName);
    return builder.addEvent(locationKey(loc), name, (n) => importMessage(resolver, loc, n, 2, defaults));
  };

  const root: Located = { value: doc, file, pointer: '' };
  for (const [key] of entries(doc.components && (doc.components as JsonObject).messages)) {
    addMessage(child(root, 'components', 'messages', key), key);
  }
  let securityDropped = false;
  const allServers: NamedServer[] = entries(doc.servers).map(([name]) => {
    const loc = child(root, 'servers', name);
    const server = resolver.deref(loc.value, loc.file, loc.pointer) as JsonObject;
    if (server.security !== undefined && !securityDropped) {
      securityDropped = true;
      resolver.warnings.push({ message: 'Server security requirements are not imported.', path: loc.pointer, severity: 'warning', file: loc.file });
    }
    return { name, server: serverToV3(server) };
  });

  for (const [key] of entries(doc.channels)) {
    const loc = child(root, 'channels', key);
    const channel = isObject(loc.value) ? loc.value : {};
    const servers = Array.isArray(channel.servers)
      ? allServers.filter((s) => (channel.servers as unknown[]).includes(s.name))
      : allServers;
    const address = typeof channel[X_ADDRESS] === 'string' ? channel[X_ADDRESS] : key;
    const spec = importChannel(resolver, loc, key, address, servers, ['publish', 'subscribe', 'servers'], (k, v) =>
      k === 'parameters' ? parametersToV3(v) : v,
    );
    const name = builder.addChannel(locationKey(loc), channel[X_SYNTHETIC] === true ? null : spec);
    for (const [field, action] of ACTIONS) {
      if (!isObject(channel[field])) continue;
      const opLoc = child(loc, field);
      const op = applyTraits(resolver, opLoc, 2);
      const messageLoc = resolver.follow(op.message, opLoc.file, `${opLoc.pointer}/message`);
      const oneOf = isObject(messageLoc.value) && Array.isArray(messageLoc.value.oneOf) ? messageLoc.value.oneOf : undefined;
      const located = oneOf
        ? oneOf.map((m, i) => resolver.follow(m, messageLoc.file, `${messageLoc.pointer}/oneOf/${i}`))
        : op.message === undefined
          ? []
          : [messageLoc];
      const events = located.map((m, i) => addMessage(m, oneOf ? `${spec.name}_${field}_${i + 1}` : `${spec.name}_${field}`));
      for (const event of events) builder.linkChannelMessage(name, event);

      const extras: JsonObject = {};
      for (const [k, value] of Object.entries(op)) {
        if (['operationId', 'message'].includes(k) || isEventflowExtension(k) || k.startsWith('x-parser-')) continue;
        extras[k] = resolver.deref(value, opLoc.file, `${opLoc.pointer}/${pointerSegment(k)}`);
      }
      if (isObject(op[X_REPLY])) extras.reply = op[X_REPLY];
      const folded = Array.isArray(op[X_OPERATIONS]) ? (op[X_OPERATIONS] as unknown[]).filter(isObject) : undefined;
      const parts = folded ?? [
        {
          operationId: typeof op.operationId === 'string' ? op.operationId : `${sanitizeKey(spec.name)}_${field}`,
          service: op[X_SERVICE],
          messages: events,
          edges: op[X_EDGES],
        },
      ];
      for (const part of parts) {
        const service = typeof part.service === 'string' ? part.service : applicationName;
        if (!services.some((s) => s.name === service)) services.push({ name: service });
        addOperation(builder, {
          operationId: String(part.operationId),
          action,
          service,
          channel: name,
          events: Array.isArray(part.messages) ? events.filter((e) => (part.messages as unknown[]).includes(e)) : events,
          extras,
          edges: (isObject(part.edges) ? part.edges : {}) as Record<string, EdgeExtension>,
          bindings: extras.bindings,
        });
      }
    }
    const loose = channel[X_CHANNEL_MESSAGES];
    if (Array.isArray(loose)) {
      loose.forEach((ref, i) => {
        const event = addMessage(resolver.follow(ref, loc.file, `${loc.pointer}/${X_CHANNEL_MESSAGES}/${i}`), `${spec.name}_${i + 1}`);
        builder.linkChannelMessage(name, event);
      });
    }
  }
  return builder.build(services, domains);
}

/** 2.x servers have a `url`; the catalog keeps servers in 3.x shape and remembers the url. */
function serverToV3(server: JsonObject): JsonObject {
  const { url, security: _security, ...rest } = server;
  const out: JsonObject = {};
  if (typeof url === 'string') {
    const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const slash = withoutScheme.indexOf('/');
    out.host = slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
    if (slash !== -1) out.pathname = withoutScheme.slice(slash);
  }
  Object.assign(out, rest);
  if (typeof url === 'string') out.url = url;
  return out;
}

/** 2.x parameters carry a schema; 3.x ones carry `enum`/`default` directly. */
function parametersToV3(params: unknown): unknown {
  if (!isObject(params)) return params;
  const out: JsonObject = {};
  for (const [name, param] of Object.entries(params)) {
    if (!isObject(param)) continue;
    const { schema, ...rest } = param;
    const converted: JsonObject = { ...rest };
    if (isObject(schema)) {
      if (Array.isArray(schema.enum)) converted.enum = schema.enum.map(String);
      if (schema.default !== undefined) converted.default = String(schema.default);
      if (Array.isArray(schema.examples)) converted.examples = schema.examples.map(String);
    }
    out[name] = converted;
  }
  return out;
}
