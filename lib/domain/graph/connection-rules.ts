import type { FlowNodeKind } from '../model';
import type { FlowEdgeKind } from './flow-graph';

export type ConnectionVerdict = { allowed: true; kind: FlowEdgeKind } | { allowed: false; reason: string };

/**
 * What drawing an edge from one node kind to another means in the catalog, or why
 * it means nothing: services talk through events, and events travel on channels.
 *
 * @example
 * connectionRule('service', 'event'); // { allowed: true, kind: 'produces' }
 * connectionRule('service', 'service').allowed; // false
 */
export function connectionRule(source: FlowNodeKind, target: FlowNodeKind): ConnectionVerdict {
  if (source === 'service' && target === 'event') return { allowed: true, kind: 'produces' };
  if (source === 'event' && target === 'service') return { allowed: true, kind: 'consumes' };
  if (source === 'event' && target === 'channel') return { allowed: true, kind: 'on-channel' };
  const reasons: Record<string, string> = {
    'service→service': 'Services do not talk directly here: connect the producer to an event, then the event to the consumer.',
    'event→event': 'An event does not lead to another event by itself: connect it to the service that reacts and produces the next one.',
    'channel→event': 'Draw from the event to its channel (an event travels on a channel).',
    'service→channel': 'A service writes events, not channels: connect the service to an event that travels on this channel.',
    'channel→service': 'A service consumes events: connect the event to the service; the channel comes from the event.',
    'channel→channel': 'Channels do not connect to each other.',
  };
  return { allowed: false, reason: reasons[`${source}→${target}`] ?? 'These two cannot be connected.' };
}
