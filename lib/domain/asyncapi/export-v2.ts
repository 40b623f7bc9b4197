/**
 * Lays an export model out as an AsyncAPI 2.6.0 document. In 2.x a channel has
 * at most one `subscribe` (the application sends) and one `publish` (the
 * application receives) operation, so operations on one channel are folded
 * together and listed in `x-eventflow-operations` for a lossless re-import.
 */
import { X_ADDRESS, X_CHANNEL_MESSAGES, X_EDGES, X_OPERATIONS, X_PLACEHOLDER, X_REPLY, X_SERVICE, type FoldedOperation } from './extensions';
import { effectiveBindings, channelExtensions, parametersToV2 } from './export-channel';
import { catalogExtensions, exportInfo } from './export-info';
import { exportMessage } from './export-message';
import type { ExportModel, ModelOperation } from './export-model';
import { pointerSegment } from './schema-refs';
import { pick } from './pick-fields';
import type { AsyncApiDocument, JsonObject } from './types';

const CHANNEL_FIELDS = ['description', 'parameters'];
const OPERATION_FIELDS = ['summary', 'description', 'tags', 'externalDocs', 'bindings'];
const SERVER_FIELDS = ['protocol', 'protocolVersion', 'description', 'variables', 'tags', 'bindings', X_PLACEHOLDER];

/**
 * Builds the AsyncAPI 2.6.0 document of an export model.
 *
 * @example
 * toAsyncApiV2(buildExportModel(selectScope(catalog, { kind: 'workspace' })), '1.0.0').asyncapi // '2.6.0'
 */
export function toAsyncApiV2(model: ExportModel, infoVersion: string): AsyncApiDocument {
  const { info, tags, externalDocs } = exportInfo(model, '2.6.0', infoVersion);
  const doc: AsyncApiDocument = { asyncapi: '2.6.0', info };
  if (model.servers.length > 0) {
    doc.servers = Object.fromEntries(
      model.servers.map((s) => [s.key, { url: serverUrl(s.server), ...pick(s.server, SERVER_FIELDS) }]),
    );
  }
  const channels: JsonObject = {};
  const usedAddresses = new Set<string>();
  for (const channel of model.channels) {
    // 2.x keys channels by address; a second channel on the same address gets a distinct key.
    let key = channel.address === '' ? channel.key : channel.address;
    while (usedAddresses.has(key)) key = `${key}#${channel.key}`;
    usedAddresses.add(key);
    const out: JsonObject = {};
    if (channel.channel?.description) out.description = channel.channel.description;
    if (channel.serverKeys.length > 0) out.servers = [...channel.serverKeys];
    const ops = model.operations.filter((op) => op.channelKey === channel.key);
    const sends = ops.filter((op) => op.action === 'send');
    const receives = ops.filter((op) => op.action === 'receive');
    if (sends.length > 0) out.subscribe = foldOperations(sends, model);
    if (receives.length > 0) out.publish = foldOperations(receives, model);
    const extensions = channelExtensions({ ...channel, key }, '2.6.0', CHANNEL_FIELDS);
    if (key !== channel.address) extensions[X_ADDRESS] = channel.address;
    const params = parametersToV2(extensions.parameters);
    if (params) extensions.parameters = params;
    const bindings = channel.channel ? effectiveBindings(channel.channel) : {};
    if (Object.keys(bindings).length > 0) out.bindings = bindings;
    // Messages no operation carries still belong to the channel; 2.x can only say so in an extension.
    const carried = new Set(ops.flatMap((op) => op.messageKeys));
    const loose = channel.messageKeys.filter((k) => !carried.has(k));
    if (loose.length > 0) out[X_CHANNEL_MESSAGES] = loose.map((k) => messageRef(k));
    channels[key] = { ...out, ...Object.fromEntries(Object.entries(extensions).filter(([k]) => !(k in out))) };
  }
  doc.channels = channels;
  doc.components = {
    messages: Object.fromEntries(model.messages.map((m) => [m.key, exportMessage(m, '2.6.0')])),
  };
  if (tags) doc.tags = tags;
  if (externalDocs) doc.externalDocs = externalDocs;
  return { ...doc, ...catalogExtensions(model) };
}

function foldOperations(ops: ModelOperation[], model: ExportModel): JsonObject {
  const first = ops[0] as ModelOperation;
  const keys = [...new Set(ops.flatMap((op) => op.messageKeys))];
  const out: JsonObject = { operationId: first.key, ...pick(first.extras, OPERATION_FIELDS) };
  out.message = keys.length === 1 ? messageRef(keys[0] as string) : { oneOf: keys.map(messageRef) };
  const eventName = new Map(model.messages.map((m) => [m.key, m.event.name]));
  if (ops.length === 1) {
    out[X_SERVICE] = first.service.name;
    if (first.edges) out[X_EDGES] = first.edges;
  } else {
    out[X_OPERATIONS] = ops.map((op): FoldedOperation => {
      const folded: FoldedOperation = {
        operationId: op.key,
        service: op.service.name,
        messages: op.messageKeys.map((k) => eventName.get(k) ?? k),
      };
      if (op.edges) folded.edges = op.edges;
      return folded;
    });
  }
  const withReply = ops.find((op) => op.reply);
  if (withReply?.reply) {
    const channelName = model.channels.find((c) => c.key === withReply.reply?.channelKey)?.name;
    out[X_REPLY] = {
      ...withReply.reply.rest,
      ...(channelName ? { channel: channelName } : {}),
      messages: withReply.reply.messageKeys.map((k) => eventName.get(k) ?? k),
    };
  }
  return out;
}

function messageRef(key: string): JsonObject {
  return { $ref: `#/components/messages/${pointerSegment(key)}` };
}

/** 2.x servers have a `url`; an imported 2.x server kept its original one. */
function serverUrl(server: JsonObject): string {
  if (typeof server.url === 'string') return server.url;
  const host = typeof server.host === 'string' ? server.host : 'localhost';
  const pathname = typeof server.pathname === 'string' ? server.pathname : '';
  return `${host}${pathname}`;
}
