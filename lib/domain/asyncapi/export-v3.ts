/** Lays an export model out as an AsyncAPI 3.0.0 document. */
import { X_EDGES, X_PLACEHOLDER, X_SERVICE } from './extensions';
import { pick } from './pick-fields';
import { effectiveBindings, channelExtensions } from './export-channel';
import { catalogExtensions, exportInfo } from './export-info';
import { exportMessage } from './export-message';
import type { ExportModel, ModelOperation } from './export-model';
import { pointerSegment } from './schema-refs';
import { isObject, type AsyncApiDocument, type JsonObject } from './types';

const CHANNEL_FIELDS = ['title', 'summary', 'description', 'parameters', 'tags', 'externalDocs'];
const OPERATION_FIELDS = ['title', 'summary', 'description', 'security', 'tags', 'externalDocs', 'bindings'];
const SERVER_FIELDS = ['host', 'protocol', 'protocolVersion', 'pathname', 'description', 'title', 'summary', 'variables', 'security', 'tags', 'externalDocs', 'bindings', X_PLACEHOLDER];

const ref = (...segments: string[]) => ({ $ref: `#/${segments.map(pointerSegment).join('/')}` });

/**
 * Builds the AsyncAPI 3.0.0 document of an export model.
 *
 * @example
 * toAsyncApiV3(buildExportModel(selectScope(catalog, { kind: 'workspace' })), '1.0.0').asyncapi // '3.0.0'
 */
export function toAsyncApiV3(model: ExportModel, infoVersion: string): AsyncApiDocument {
  const doc: AsyncApiDocument = { asyncapi: '3.0.0', ...exportInfo(model, '3.0.0', infoVersion) };
  if (model.servers.length > 0) {
    doc.servers = Object.fromEntries(model.servers.map((s) => [s.key, pick(s.server, SERVER_FIELDS)]));
  }
  const channels: JsonObject = {};
  for (const channel of model.channels) {
    const out: JsonObject = { address: channel.address === '' ? null : channel.address };
    const extensions = channelExtensions(channel, '3.0.0', CHANNEL_FIELDS);
    if (channel.channel?.description) out.description = channel.channel.description;
    if (channel.serverKeys.length > 0) out.servers = channel.serverKeys.map((k) => ref('servers', k));
    out.messages = Object.fromEntries(channel.messageKeys.map((k) => [k, ref('components', 'messages', k)]));
    const bindings = channel.channel ? effectiveBindings(channel.channel) : {};
    if (Object.keys(bindings).length > 0) out.bindings = bindings;
    channels[channel.key] = { ...out, ...withoutKeys(extensions, out) };
  }
  doc.channels = channels;
  doc.operations = Object.fromEntries(model.operations.map((op) => [op.key, exportOperation(op)]));
  doc.components = {
    messages: Object.fromEntries(model.messages.map((m) => [m.key, exportMessage(m, '3.0.0')])),
  };
  return { ...doc, ...catalogExtensions(model) };
}

function exportOperation(op: ModelOperation): JsonObject {
  const out: JsonObject = { action: op.action, channel: ref('channels', op.channelKey) };
  Object.assign(out, pick(op.extras, OPERATION_FIELDS));
  out.messages = op.messageKeys.map((k) => ref('channels', op.channelKey, 'messages', k));
  if (op.reply) {
    const reply: JsonObject = {};
    if (isObject(op.reply.rest.address)) reply.address = op.reply.rest.address;
    if (op.reply.channelKey) {
      reply.channel = ref('channels', op.reply.channelKey);
      reply.messages = op.reply.messageKeys.map((k) => ref('channels', op.reply?.channelKey ?? '', 'messages', k));
    }
    out.reply = reply;
  }
  out[X_SERVICE] = op.service.name;
  if (op.edges) out[X_EDGES] = op.edges;
  return out;
}

function withoutKeys(source: JsonObject, taken: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(source).filter(([key]) => !(key in taken)));
}
