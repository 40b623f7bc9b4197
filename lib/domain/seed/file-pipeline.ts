import type { CatalogDocument, ChannelSpec } from '../catalog-document';
import { PATIENT_RETRY, STANDARD_RETRY, jsonSchemaVersion, kafkaTopic } from './builders';
import { channel, columnLayout, event, service } from './flow-layout';
import { eventSchema, timestampProperty, uuidProperty } from './schemas';

const fileId = uuidProperty('The file, stable across every pipeline stage.');
const objectKey = { type: 'string', minLength: 1, description: 'Key of the object in the upload bucket.' };
const FILE_A = '2b4d6f80-1a3c-4e5f-9071-82a3b4c5d6e7';

const stageTopic = (name: string, description: string): ChannelSpec =>
  kafkaTopic(name, { partitions: 3, retentionHours: 48, description });

/** A three-stage file pipeline where each stage consumes the previous stage's event. */
export const filePipelineCatalog: CatalogDocument = {
  domains: [{ name: 'Documents', description: 'Files customers upload and what we derive from them.' }],
  services: [
    {
      name: 'Uploader',
      description: 'Accepts uploads, stores them in object storage, and marks them ready once processed.',
      owner: 'team-documents',
      repositoryUrl: 'https://git.example.com/documents/uploader',
      tags: ['files', 'api'],
      domain: 'Documents',
    },
    {
      name: 'Validator',
      description: 'Checks type, size and malware scan results; rejected files never reach the Processor.',
      owner: 'team-documents',
      repositoryUrl: 'https://git.example.com/documents/validator',
      tags: ['files', 'security'],
      domain: 'Documents',
    },
    {
      name: 'Processor',
      description: 'Renders previews and thumbnails and extracts text for search.',
      owner: 'team-documents',
      repositoryUrl: 'https://git.example.com/documents/processor',
      tags: ['files', 'workers'],
      domain: 'Documents',
    },
  ],
  channels: [
    stageTopic('files.saved', 'Files stored and awaiting validation.'),
    stageTopic('files.validated', 'Files that passed validation.'),
    stageTopic('files.processed', 'Files with their derived outputs.'),
    stageTopic('files.dlq', 'Dead letters of every pipeline stage.'),
  ],
  events: [
    {
      name: 'file_saved',
      kind: 'event',
      title: 'File saved',
      summary: 'An uploaded file is stored and waits for validation.',
      description: `## When it fires
After the upload is fully written to object storage.

- \`checksumSha256\` lets later stages detect a changed object.
- Nothing is known yet about whether the file is safe.`,
      owner: 'team-documents',
      tags: ['files'],
      status: 'active',
      partitionKey: 'fileId',
      channel: 'files.saved',
      domain: 'Documents',
      contentType: 'application/json',
      versions: [
        jsonSchemaVersion(
          '1',
          eventSchema({
            title: 'file_saved',
            description: 'A file was stored.',
            properties: {
              fileId,
              objectKey,
              contentType: { type: 'string', pattern: '^[a-z]+/[a-z0-9.+-]+$' },
              sizeBytes: { type: 'integer', minimum: 1 },
              checksumSha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
              uploadedBy: { type: 'string', format: 'email' },
              occurredAt: timestampProperty('When the upload finished.'),
            },
            required: ['fileId', 'objectKey', 'contentType', 'sizeBytes', 'checksumSha256', 'uploadedBy', 'occurredAt'],
          }),
          [
            {
              fileId: FILE_A,
              objectKey: 'uploads/2025/03/14/invoice-0042.pdf',
              contentType: 'application/pdf',
              sizeBytes: 482113,
              checksumSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
              uploadedBy: 'ana@example.com',
              occurredAt: '2025-03-14T08:15:00Z',
            },
          ],
        ),
      ],
    },
    {
      name: 'file_validated',
      kind: 'event',
      title: 'File validated',
      summary: 'The file passed every check and may be processed.',
      description: `## When it fires
Only when **every** check in \`checks\` passed. Rejected files are reported to the uploader directly.`,
      owner: 'team-documents',
      tags: ['files', 'security'],
      status: 'active',
      partitionKey: 'fileId',
      channel: 'files.validated',
      domain: 'Documents',
      contentType: 'application/json',
      versions: [
        jsonSchemaVersion(
          '1',
          eventSchema({
            title: 'file_validated',
            description: 'A file passed validation.',
            properties: {
              fileId,
              objectKey,
              contentType: { type: 'string' },
              checks: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  properties: { name: { type: 'string', enum: ['mime-type', 'size-limit', 'malware-scan'] }, passed: { const: true } },
                  required: ['name', 'passed'],
                },
              },
              occurredAt: timestampProperty('When validation finished.'),
            },
            required: ['fileId', 'objectKey', 'contentType', 'checks', 'occurredAt'],
          }),
          [
            {
              fileId: FILE_A,
              objectKey: 'uploads/2025/03/14/invoice-0042.pdf',
              contentType: 'application/pdf',
              checks: [
                { name: 'mime-type', passed: true },
                { name: 'size-limit', passed: true },
                { name: 'malware-scan', passed: true },
              ],
              occurredAt: '2025-03-14T08:15:04Z',
            },
          ],
        ),
      ],
    },
    {
      name: 'file_processed',
      kind: 'event',
      title: 'File processed',
      summary: 'Previews, thumbnails and extracted text are ready.',
      description: `## When it fires
When every output for the file is written. \`outputs\` lists them by \`kind\`.`,
      owner: 'team-documents',
      tags: ['files'],
      status: 'active',
      partitionKey: 'fileId',
      channel: 'files.processed',
      domain: 'Documents',
      contentType: 'application/json',
      versions: [
        jsonSchemaVersion(
          '1',
          eventSchema({
            title: 'file_processed',
            description: 'A file was processed.',
            properties: {
              fileId,
              outputs: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { kind: { type: 'string', enum: ['thumbnail', 'preview', 'text'] }, objectKey },
                  required: ['kind', 'objectKey'],
                },
              },
              durationMs: { type: 'integer', minimum: 0 },
              occurredAt: timestampProperty('When processing finished.'),
            },
            required: ['fileId', 'outputs', 'durationMs', 'occurredAt'],
          }),
          [
            {
              fileId: FILE_A,
              outputs: [
                { kind: 'thumbnail', objectKey: 'derived/2b4d6f80/thumb.webp' },
                { kind: 'text', objectKey: 'derived/2b4d6f80/text.txt' },
              ],
              durationMs: 2380,
              occurredAt: '2025-03-14T08:15:09Z',
            },
          ],
        ),
      ],
    },
  ],
  producers: [
    { service: 'Uploader', event: 'file_saved', channel: 'files.saved' },
    { service: 'Validator', event: 'file_validated', channel: 'files.validated' },
    { service: 'Processor', event: 'file_processed', channel: 'files.processed' },
  ],
  consumers: [
    {
      service: 'Validator', event: 'file_saved', channel: 'files.saved', consumerGroup: 'validator',
      retryPolicy: STANDARD_RETRY, deadLetterChannel: 'files.dlq', idempotencyKey: '/fileId',
      fieldsRead: ['/fileId', '/objectKey', '/contentType', '/sizeBytes', '/checksumSha256'],
    },
    {
      service: 'Processor', event: 'file_validated', channel: 'files.validated', consumerGroup: 'processor',
      retryPolicy: PATIENT_RETRY, deadLetterChannel: 'files.dlq', idempotencyKey: '/fileId',
      fieldsRead: ['/fileId', '/objectKey', '/contentType'],
    },
    {
      service: 'Uploader', event: 'file_processed', channel: 'files.processed', consumerGroup: 'uploader',
      retryPolicy: STANDARD_RETRY, deadLetterChannel: 'files.dlq', idempotencyKey: '/fileId',
      fieldsRead: ['/fileId', '/outputs'],
    },
  ],
  flows: [
    {
      name: 'File pipeline',
      slug: 'file-pipeline',
      description: 'Upload → validate → process: each stage consumes the event the previous stage publishes.',
      nodes: columnLayout([
        [service('Uploader')],
        [event('file_saved')],
        [channel('files.saved')],
        [service('Validator')],
        [event('file_validated')],
        [channel('files.validated')],
        [service('Processor')],
        [event('file_processed')],
        [channel('files.processed'), channel('files.dlq')],
      ]),
    },
  ],
};
