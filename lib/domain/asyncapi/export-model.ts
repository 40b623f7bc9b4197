/**
 * The version-neutral shape of an export: keyed channels, messages, operations
 * and servers. `export-v3.ts` and `export-v2.ts` only lay it out.
 */
import type { CatalogEvent, Channel, ConsumerEdge, EventVersion, ProducerEdge, Service } from '../model';
import { X_MESSAGES, X_SERVERS, type EdgeExtension } from './extensions';
import { KeyAllocator, compareText, sanitizeKey } from './names';
import { placeholderServer } from './protocols';
import type { ScopedCatalog } from './select-scope';
import { canonicalJson } from './canonical-json';
import { isObject, type JsonObject } from './types';

export interface ModelServer {
  key: string;
  /** AsyncAPI 3 shape (`host`, `protocol`, `pathname`...); 2.x exports convert it. */
  server: JsonObject;
}

export interface ModelChannel {
  key: string;
  name: string;
  /** null for a channel made up for relations that have none (`x-eventflow-synthetic`). */
  channel: Channel | null;
  address: string;
  serverKeys: string[];
  messageKeys: string[];
}

export interface ModelMessage {
  key: string;
  event: CatalogEvent;
  version: EventVersion | undefined;
  /** The event's own channel, when that channel is part of the export. */
  channelName: string | null;
  domainName: string | null;
}

export interface ModelReply {
  channelKey: string | null;
  messageKeys: string[];
  rest: JsonObject;
}

export interface ModelOperation {
  key: string;
  action: 'send' | 'receive';
  service: Service;
  channelKey: string;
  messageKeys: string[];
  /** Consumer details keyed by event name; only for receive operations that have any. */
  edges: Record<string, EdgeExtension> | undefined;
  extras: JsonObject;
  reply: ModelReply | undefined;
}

export interface ExportModel {
  scoped: ScopedCatalog;
  servers: ModelServer[];
  channels: ModelChannel[];
  messages: ModelMessage[];
  operations: ModelOperation[];
}

type Edge = (ProducerEdge | ConsumerEdge) & { action: 'send' | 'receive' };

/**
 * Assigns stable keys and wires operations to channels and messages.
 *
 * @example
 * buildExportModel(selectScope(catalog, { kind: 'workspace' })).operations[0]?.action // 'send'
 */
export function buildExportModel(scoped: ScopedCatalog): ExportModel {
  const messageKeys = new KeyAllocator();
  const domainNames = new Map(scoped.domains.map((d) => [d.id, d.name]));
  const messages: ModelMessage[] = scoped.events.map((event) => ({
    key: messageKeys.take(event.name),
    event,
    version: scoped.latestVersion.get(event.id),
    channelName: null,
    domainName: (event.domainId && domainNames.get(event.domainId)) || null,
  }));
  const messageByEventId = new Map(messages.map((m) => [m.event.id, m]));
  const messageByEventName = new Map(messages.map((m) => [m.event.name, m]));

  const channelKeys = new KeyAllocator();
  const channels = new Map<string, ModelChannel>(); // by channel id, or `synthetic:<eventId>`
  const channelByName = new Map<string, ModelChannel>();
  const channelEvents = new Map<ModelChannel, Set<string>>();
  for (const channel of scoped.channels) {
    const model: ModelChannel = {
      key: channelKeys.take(channel.name),
      name: channel.name,
      channel,
      address: channel.address,
      serverKeys: [],
      messageKeys: [],
    };
    channels.set(channel.id, model);
    channelByName.set(channel.name, model);
    channelEvents.set(model, new Set());
  }
  const addMessage = (channel: ModelChannel, eventId: string) => channelEvents.get(channel)?.add(eventId);

  for (const m of messages) {
    const own = m.event.channelId ? channels.get(m.event.channelId) : undefined;
    if (own) {
      m.channelName = own.name;
      addMessage(own, m.event.id);
    }
  }
  for (const channel of scoped.channels) {
    const listed = channel.extras[X_MESSAGES];
    const model = channels.get(channel.id);
    if (!model || !Array.isArray(listed)) continue;
    for (const name of listed) {
      const m = typeof name === 'string' ? messageByEventName.get(name) : undefined;
      if (m) addMessage(model, m.event.id);
    }
  }

  const channelFor = (edge: Edge): ModelChannel => {
    const event = scoped.eventById.get(edge.eventId) as CatalogEvent;
    const found = (edge.channelId && channels.get(edge.channelId)) || (event.channelId && channels.get(event.channelId));
    if (found) return found;
    const syntheticId = `synthetic:${event.id}`;
    let synthetic = channels.get(syntheticId);
    if (!synthetic) {
      synthetic = { key: channelKeys.take(event.name), name: event.name, channel: null, address: event.name, serverKeys: [], messageKeys: [] };
      channels.set(syntheticId, synthetic);
      channelEvents.set(synthetic, new Set());
    }
    return synthetic;
  };

  const edges: Edge[] = [
    ...scoped.producers.map((p) => ({ ...p, action: 'send' as const })),
    ...scoped.consumers.map((c) => ({ ...c, action: 'receive' as const })),
  ];
  const groups = new Map<string, { edges: Edge[]; channel: ModelChannel }>();
  edges.forEach((edge, index) => {
    const channel = channelFor(edge);
    addMessage(channel, edge.eventId);
    const groupKey = edge.operationId
      ? `${edge.action}\u0000${edge.serviceId}\u0000${edge.operationId}\u0000${channel.key}`
      : `#${index}`;
    const group = groups.get(groupKey) ?? { edges: [], channel };
    group.edges.push(edge);
    groups.set(groupKey, group);
  });

  // Explicit operation ids claim their keys before generated ones; output keeps the catalog's order.
  const groupList = [...groups.values()];
  const hasId = (i: number) => (groupList[i]?.edges[0]?.operationId ? 0 : 1);
  const claimOrder = groupList.map((_, i) => i).sort((a, b) => hasId(a) - hasId(b));
  const operationKeys = new KeyAllocator();
  const operations: ModelOperation[] = new Array(groupList.length);
  for (const index of claimOrder) {
    const { edges: groupEdges, channel } = groupList[index] as { edges: Edge[]; channel: ModelChannel };
    const first = groupEdges[0] as Edge;
    const service = scoped.serviceById.get(first.serviceId) as Service;
    const firstMessage = messageByEventId.get(first.eventId) as ModelMessage;
    const key = operationKeys.take(
      first.operationId ?? `${sanitizeKey(service.name)}_${first.action}_${firstMessage.key}`,
    );
    const { reply: storedReply, ...extras } = first.extras;
    operations[index] = {
      key,
      action: first.action,
      service,
      channelKey: channel.key,
      messageKeys: groupEdges.map((e) => (messageByEventId.get(e.eventId) as ModelMessage).key),
      edges: first.action === 'receive' ? edgeExtensions(groupEdges as ConsumerEdge[], scoped) : undefined,
      extras,
      reply: replyOf(storedReply, channelByName, messageByEventName, addMessage),
    };
  }

  const allChannels = [...channels.values()];
  for (const channel of allChannels) {
    const ids = channelEvents.get(channel) ?? new Set();
    channel.messageKeys = messages.filter((m) => ids.has(m.event.id)).map((m) => m.key);
  }
  const servers = assignServers(allChannels);
  allChannels.sort((a, b) => compareText(a.key, b.key));
  return { scoped, servers, channels: allChannels, messages, operations };
}

function edgeExtensions(edges: ConsumerEdge[], scoped: ScopedCatalog): Record<string, EdgeExtension> | undefined {
  const out: Record<string, EdgeExtension> = {};
  for (const edge of edges) {
    const ext: EdgeExtension = {};
    if (edge.consumerGroup) ext.consumerGroup = edge.consumerGroup;
    if (edge.retryPolicy) ext.retryPolicy = { ...edge.retryPolicy };
    const dlq = edge.deadLetterChannelId ? scoped.channelById.get(edge.deadLetterChannelId) : undefined;
    if (dlq) ext.deadLetterChannel = dlq.name;
    if (edge.idempotencyKey) ext.idempotencyKey = edge.idempotencyKey;
    if (edge.fieldsRead.length > 0) ext.fieldsRead = [...edge.fieldsRead];
    if (edge.pinnedVersion !== null) ext.pinnedVersion = edge.pinnedVersion;
    const event = scoped.eventById.get(edge.eventId);
    if (event && Object.keys(ext).length > 0) out[event.name] = ext;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A stored reply names its channel and messages; the export turns the names into keys. */
function replyOf(
  stored: unknown,
  channelByName: Map<string, ModelChannel>,
  messageByEventName: Map<string, ModelMessage>,
  addMessage: (channel: ModelChannel, eventId: string) => void,
): ModelReply | undefined {
  if (!isObject(stored)) return undefined;
  const { channel: channelName, messages: messageNames, ...rest } = stored;
  const channel = typeof channelName === 'string' ? channelByName.get(channelName) : undefined;
  const messageKeys: string[] = [];
  if (channel && Array.isArray(messageNames)) {
    for (const name of messageNames) {
      const m = typeof name === 'string' ? messageByEventName.get(name) : undefined;
      if (!m) continue;
      addMessage(channel, m.event.id);
      messageKeys.push(m.key);
    }
  }
  return { channelKey: channel?.key ?? null, messageKeys, rest };
}

/** Servers come from what an import stored on the channel, else one placeholder per protocol. */
function assignServers(channels: ModelChannel[]): ModelServer[] {
  const servers: ModelServer[] = [];
  const byKey = new Map<string, ModelServer>();
  const take = (name: string, server: JsonObject): string => {
    for (let n = 1; ; n++) {
      const key = n === 1 ? sanitizeKey(name) : `${sanitizeKey(name)}_${n}`;
      const existing = byKey.get(key);
      if (!existing) {
        const created = { key, server };
        byKey.set(key, created);
        servers.push(created);
        return key;
      }
      if (canonicalJson(existing.server) === canonicalJson(server)) return key;
    }
  };
  for (const channel of channels) {
    const stored = channel.channel?.extras[X_SERVERS];
    if (isObject(stored) && Object.keys(stored).length > 0) {
      channel.serverKeys = Object.entries(stored)
        .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
        .map(([name, server]) => take(name, server));
    } else if (channel.channel) {
      channel.serverKeys = [take(channel.channel.protocol, placeholderServer(channel.channel.protocol))];
    }
  }
  servers.sort((a, b) => compareText(a.key, b.key));
  return servers;
}
