/** Converts a validated AsyncAPI 3.x document into a catalog document. */
import type { CatalogDocument } from '../catalog-document';
import { X_EDGES, X_SERVICE, X_SYNTHETIC, isEventflowExtension, type EdgeExtension } from './extensions';
import { ImportBuilder } from './import-builder';
import { importChannel, type NamedServer } from './import-channel';
import { importMessage } from './import-message';
import { addOperation } from './import-operation';
import { importServices } from './import-services';
import { locationKey, type Located, type RefResolver } from './ref-resolver';
import { pointerSegment } from './schema-refs';
import { applyTraits } from './traits';
import { isObject, type JsonObject } from './types';

/**
 * @example
 * fromV3(parsedRoot.json, '/asyncapi.yaml', resolver).services[0]?.name // the document's info.title
 */
export function fromV3(doc: JsonObject, file: string, resolver: RefResolver): CatalogDocument {
  const builder = new ImportBuilder(resolver.warnings);
  const { services, domains, applicationName } = importServices(doc);
  const defaults = typeof doc.defaultContentType === 'string' ? { defaultContentType: doc.defaultContentType } : {};
  const entries = (value: unknown) => (isObject(value) ? Object.entries(value) : []);
  const child = (parent: Located, ...segments: string[]) => resolver.child(parent, ...segments);
  const addMessage = (loc: Located, fallbackName: string) => {
    const message = isObject(loc.value) ? loc.value : {};
    const componentKey = /^\/components\/messages\/([^/]+)$/.exec(loc.pointer)?.[1];
    const name = typeof message.name === 'string' && message.name !== '' ? message.name : (componentKey ? unescape(componentKey) : fallbackName);
    return builder.addEvent(locationKey(loc), name, (n) => importMessage(resolver, loc, n, 3, defaults));
  };

  const root: Located = { value: doc, file, pointer: '' };
  for (const [key] of entries(doc.components && (doc.components as JsonObject).messages)) {
    addMessage(child(root, 'components', 'messages', key), key);
  }

  const allServers: NamedServer[] = entries(doc.servers).map(([name]) => {
    const loc = child(root, 'servers', name);
    return { name, server: resolver.deref(loc.value, loc.file, loc.pointer) as JsonObject };
  });

  for (const [key] of entries(doc.channels)) {
    const loc = child(root, 'channels', key);
    const channel = isObject(loc.value) ? loc.value : {};
    let name: string | null;
    if (channel[X_SYNTHETIC] === true) {
      name = builder.addChannel(locationKey(loc), null);
    } else {
      const servers = Array.isArray(channel.servers)
        ? channel.servers.map((_, i): NamedServer => {
            const s = child(loc, 'servers', String(i));
            return { name: unescape(s.pointer.slice(s.pointer.lastIndexOf('/') + 1)), server: resolver.deref(s.value, s.file, s.pointer) as JsonObject };
          })
        : allServers;
      const address = typeof channel.address === 'string' ? channel.address : '';
      name = builder.addChannel(locationKey(loc), importChannel(resolver, loc, key, address, servers, ['messages', 'servers']));
    }
    for (const [messageKey] of entries(channel.messages)) {
      const event = addMessage(child(loc, 'messages', messageKey), messageKey);
      builder.linkChannelMessage(name, event);
    }
  }

  for (const [key] of entries(doc.operations)) {
    const loc = child(root, 'operations', key);
    const op = applyTraits(resolver, loc, 3);
    const channelLoc = resolver.follow(op.channel, loc.file, `${loc.pointer}/channel`);
    const channel = builder.channelAt(locationKey(channelLoc));
    if (channel === undefined || (op.action !== 'send' && op.action !== 'receive')) {
      resolver.warnings.push({ message: `Operation "${key}" has no usable channel or action; skipped.`, path: loc.pointer, severity: 'warning', file: loc.file });
      continue;
    }
    const events = messagesOf(op.messages, loc, 'messages', channel);
    const service = typeof op[X_SERVICE] === 'string' ? op[X_SERVICE] : applicationName;
    if (!services.some((s) => s.name === service)) services.push({ name: service });
    const extras: JsonObject = {};
    for (const [k, value] of Object.entries(op)) {
      if (['action', 'channel', 'messages', 'reply'].includes(k) || isEventflowExtension(k) || k.startsWith('x-parser-')) continue;
      extras[k] = resolver.deref(value, loc.file, `${loc.pointer}/${pointerSegment(k)}`);
    }
    if (isObject(op.reply)) extras.reply = importReply(op.reply, loc);
    addOperation(builder, {
      operationId: key,
      action: op.action,
      service,
      channel,
      events,
      extras,
      edges: (isObject(op[X_EDGES]) ? op[X_EDGES] : {}) as Record<string, EdgeExtension>,
      bindings: extras.bindings,
    });
  }
  return builder.build(services, domains);

  /** Event names of an operation's or reply's `messages` (all the channel's messages when absent). */
  function messagesOf(list: unknown, owner: Located, field: string, channel: string | null): string[] {
    if (!Array.isArray(list)) return channel ? builder.eventsOf(channel) : [];
    return list
      .map((item, i) => builder.eventAt(locationKey(resolver.follow(item, owner.file, `${owner.pointer}/${field}/${i}`))))
      .filter((name): name is string => name !== undefined);
  }

  /** A reply names its channel and messages, so an export can point at them again. */
  function importReply(reply: JsonObject, opLoc: Located): JsonObject {
    const replyLoc = resolver.follow(reply, opLoc.file, `${opLoc.pointer}/reply`);
    const value = isObject(replyLoc.value) ? replyLoc.value : {};
    const out: JsonObject = {};
    if (value.address !== undefined) out.address = resolver.deref(value.address, replyLoc.file, `${replyLoc.pointer}/address`);
    if (value.channel !== undefined) {
      const channel = builder.channelAt(locationKey(resolver.follow(value.channel, replyLoc.file, `${replyLoc.pointer}/channel`)));
      if (channel) {
        out.channel = channel;
        out.messages = messagesOf(value.messages, replyLoc, 'messages', channel);
        for (const event of out.messages as string[]) builder.explain(channel, event);
      }
    }
    return out;
  }
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
