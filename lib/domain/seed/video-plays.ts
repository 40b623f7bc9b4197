import type { CatalogDocument, ConsumerSpec, EventSpec } from '../catalog-document';
import { HEADER_CORRELATION_ID, STANDARD_HEADERS_SCHEMA, STANDARD_RETRY, jsonSchemaVersion, kafkaTopic } from './builders';
import { channel, columnLayout, event, service } from './flow-layout';
import { eventSchema, timestampProperty, uuidProperty, type JsonSchema } from './schemas';

/** The analytics pipeline subscribes by pattern, so new `user.*` events reach it without a deploy. */
export const VIDEO_ANALYTICS_SUBSCRIPTION = 'user.*';

const playbackProperties: Record<string, JsonSchema> = {
  eventId: uuidProperty('Unique per emitted event; consumers dedupe on it.'),
  userId: { type: 'string', pattern: '^usr_[A-Za-z0-9]{6,}$', description: 'The viewer.' },
  videoId: { type: 'string', pattern: '^vid_[A-Za-z0-9]{6,}$', description: 'The video watched.' },
  sessionId: uuidProperty('One playback session, from play to stop.'),
  positionSeconds: { type: 'number', minimum: 0, description: 'Playhead position when the event fired.' },
  device: { type: 'string', enum: ['web', 'ios', 'android', 'tv'] },
  occurredAt: timestampProperty('When the player emitted the event.'),
};
const playbackRequired = ['eventId', 'userId', 'videoId', 'sessionId', 'positionSeconds', 'device', 'occurredAt'];

const session = {
  userId: 'usr_4fK9pQ2',
  videoId: 'vid_Tr8mZk41',
  sessionId: '0f1e2d3c-4b5a-4697-8877-665544332211',
  device: 'web',
};

function playbackEvent(spec: {
  name: string;
  title: string;
  summary: string;
  description: string;
  extraProperties?: Record<string, JsonSchema>;
  extraRequired?: string[];
  examples: Record<string, unknown>[];
}): EventSpec {
  return {
    name: spec.name,
    kind: 'event',
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    owner: 'team-player',
    tags: ['video', 'playback', 'analytics'],
    status: 'active',
    partitionKey: 'userId',
    channel: 'user-activity',
    domain: 'Media',
    contentType: 'application/json',
    headersSchema: STANDARD_HEADERS_SCHEMA,
    correlationId: { ...HEADER_CORRELATION_ID, description: 'The playback session id.' },
    versions: [
      jsonSchemaVersion(
        '1',
        eventSchema({
          title: spec.name,
          description: spec.summary,
          properties: { ...playbackProperties, ...spec.extraProperties },
          required: [...playbackRequired, ...(spec.extraRequired ?? [])],
        }),
        spec.examples,
      ),
    ],
  };
}

const played = playbackEvent({
  name: 'user.video.played',
  title: 'Video played',
  summary: 'A viewer started or resumed playback.',
  description: `## When it fires
The player emits it on **play** and on every **resume** after a pause.

- \`positionSeconds\` is \`0\` for a fresh start.
- \`autoplay\` tells a deliberate click from the next-episode countdown.`,
  extraProperties: { autoplay: { type: 'boolean', description: 'Started by autoplay, not by the viewer.' } },
  extraRequired: ['autoplay'],
  examples: [
    { eventId: '7a1b2c3d-0001-4e5f-8a9b-0c1d2e3f4a5b', ...session, positionSeconds: 0, autoplay: false, occurredAt: '2025-03-14T20:00:00Z' },
    { eventId: '7a1b2c3d-0003-4e5f-8a9b-0c1d2e3f4a5b', ...session, positionSeconds: 312.4, autoplay: false, occurredAt: '2025-03-14T20:06:02Z' },
  ],
});

const paused = playbackEvent({
  name: 'user.video.paused',
  title: 'Video paused',
  summary: 'A viewer paused playback.',
  description: `## When it fires
On every pause, including the implicit pause when the app goes to the background (\`reason: background\`).`,
  extraProperties: { reason: { type: 'string', enum: ['user', 'background', 'buffering'] } },
  extraRequired: ['reason'],
  examples: [
    { eventId: '7a1b2c3d-0002-4e5f-8a9b-0c1d2e3f4a5b', ...session, positionSeconds: 312.4, reason: 'user', occurredAt: '2025-03-14T20:05:12Z' },
  ],
});

const completed = playbackEvent({
  name: 'user.video.completed',
  title: 'Video completed',
  summary: 'A viewer watched a video to the end (or past the credits marker).',
  description: `## When it fires
Once per session when the playhead passes the credits marker.

- \`watchedSeconds\` counts seconds actually watched, excluding skips.
- Recommendations treat \`watchedSeconds / durationSeconds\` as a strong signal.`,
  extraProperties: {
    watchedSeconds: { type: 'number', minimum: 0 },
    durationSeconds: { type: 'number', exclusiveMinimum: 0 },
  },
  extraRequired: ['watchedSeconds', 'durationSeconds'],
  examples: [
    {
      eventId: '7a1b2c3d-0004-4e5f-8a9b-0c1d2e3f4a5b',
      ...session,
      positionSeconds: 1405,
      watchedSeconds: 1321.5,
      durationSeconds: 1440,
      occurredAt: '2025-03-14T20:24:30Z',
    },
  ],
});

const playbackEvents = [played, paused, completed];

function playbackConsumer(spec: Omit<ConsumerSpec, 'channel' | 'deadLetterChannel' | 'idempotencyKey'>): ConsumerSpec {
  return {
    channel: 'user-activity',
    deadLetterChannel: 'user-activity.dlq',
    idempotencyKey: '/eventId',
    retryPolicy: STANDARD_RETRY,
    ...spec,
  };
}

/** Video playback telemetry: one producer, a wildcard analytics subscriber and a selective recommender. */
export const videoPlaysCatalog: CatalogDocument = {
  domains: [{ name: 'Media', description: 'Video playback and what viewers watch next.' }],
  services: [
    {
      name: 'Player Service',
      description: 'Backend of the web, mobile and TV players; turns player beacons into events.',
      owner: 'team-player',
      repositoryUrl: 'https://git.example.com/media/player-service',
      tags: ['video', 'edge'],
      domain: 'Media',
    },
    {
      name: 'Video Analytics',
      description: `Streams every \`${VIDEO_ANALYTICS_SUBSCRIPTION}\` event into the warehouse for watch-time dashboards.`,
      owner: 'team-data',
      repositoryUrl: 'https://git.example.com/media/video-analytics',
      tags: ['analytics', 'flink'],
      domain: 'Media',
    },
    {
      name: 'Recommendations Service',
      description: 'Updates each viewer\'s "watch next" list from what they start and finish.',
      owner: 'team-personalization',
      repositoryUrl: 'https://git.example.com/media/recommendations',
      tags: ['ml', 'python'],
      domain: 'Media',
    },
  ],
  channels: [
    kafkaTopic('user-activity', { partitions: 12, retentionHours: 72, description: 'Viewer activity, keyed by userId.' }),
    kafkaTopic('user-activity.dlq', { partitions: 3, retentionHours: 336, description: 'Dead letters of user-activity consumers.' }),
  ],
  events: playbackEvents,
  producers: playbackEvents.map((e) => ({ service: 'Player Service', event: e.name, channel: 'user-activity' })),
  consumers: [
    ...playbackEvents.map((e) =>
      playbackConsumer({
        service: 'Video Analytics',
        event: e.name,
        consumerGroup: 'video-analytics',
        fieldsRead: ['/eventId', '/userId', '/videoId', '/positionSeconds', '/device', '/occurredAt'],
        extras: { subscription: VIDEO_ANALYTICS_SUBSCRIPTION },
      }),
    ),
    playbackConsumer({
      service: 'Recommendations Service',
      event: 'user.video.played',
      consumerGroup: 'recommendations',
      fieldsRead: ['/userId', '/videoId', '/autoplay'],
    }),
    playbackConsumer({
      service: 'Recommendations Service',
      event: 'user.video.completed',
      consumerGroup: 'recommendations',
      fieldsRead: ['/userId', '/videoId', '/watchedSeconds', '/durationSeconds'],
    }),
  ],
  flows: [
    {
      name: 'Video plays',
      slug: 'video-plays',
      description: `Playback events fan out from the player: analytics takes everything matching \`${VIDEO_ANALYTICS_SUBSCRIPTION}\`, recommendations only starts and completions.`,
      nodes: columnLayout([
        [service('Player Service')],
        playbackEvents.map((e) => event(e.name)),
        [channel('user-activity'), channel('user-activity.dlq')],
        [service('Video Analytics'), service('Recommendations Service')],
      ]),
    },
  ],
};
