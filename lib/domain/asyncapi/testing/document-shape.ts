/**
 * Test helper: the channels, operations and messages of an AsyncAPI document as
 * @asyncapi/parser's own model sees them, to compare an original with its re-export.
 */
import { Parser } from '@asyncapi/parser';
import type { UploadedFile } from '../parse-documents';
import { importAsyncApi } from '../import-asyncapi';

export interface DocumentShape {
  channels: Record<string, { address: string | null | undefined; messages: string[] }>;
  operations: Record<string, { action: string; channel: string | undefined; messages: string[]; reply: string[] }>;
  messages: string[];
  errors: string[];
}

const parser = new Parser();

/** Shape of a single-file document (the parser resolves its internal refs). */
export async function documentShape(text: string): Promise<DocumentShape> {
  const { document, diagnostics } = await parser.parse(text);
  const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.message} at /${d.path.join('/')}`);
  if (!document) return { channels: {}, operations: {}, messages: [], errors };
  const nameOf = (m: { name(): string | undefined; id(): string }) => m.name() ?? m.id();
  const channels: DocumentShape['channels'] = {};
  for (const c of document.channels().all()) {
    channels[c.id()] = { address: c.address(), messages: c.messages().all().map(nameOf).sort() };
  }
  const operations: DocumentShape['operations'] = {};
  for (const o of document.operations().all()) {
    operations[o.id() ?? ''] = {
      // 2.x says subscribe/publish from the client's side; isSend() is the application's side in both versions.
      action: o.isSend() ? 'send' : 'receive',
      channel: o.channels().all()[0]?.id(),
      messages: o.messages().all().map(nameOf).sort(),
      reply: o.reply()?.messages().all().map(nameOf).sort() ?? [],
    };
  }
  const messages = [...new Set(document.allMessages().all().map(nameOf))].sort();
  return { channels, operations, messages, errors };
}

/** Imports files and fails loudly, for tests. */
export async function importOk(files: UploadedFile[]) {
  const result = await importAsyncApi(files);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.diagnostics, null, 2)}`);
  return result;
}
