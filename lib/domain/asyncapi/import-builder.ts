/**
 * Collects what an import finds (channels, events, relations) keyed by where
 * each definition lives, so an item reached through several refs is created once.
 */
import type { CatalogDocument, ChannelSpec, ConsumerSpec, DomainSpec, ProducerSpec, ServiceSpec } from '../catalog-document';
import { X_MESSAGES } from './extensions';
import type { ImportedMessage } from './import-message';
import type { Diagnostic } from './types';

interface EventEntry extends ImportedMessage {
  channels: string[];
}

/**
 * @example
 * const builder = new ImportBuilder(warnings);
 * const channel = builder.addChannel('/a.yaml#/channels/orders', { name: 'orders', protocol: 'kafka' });
 * builder.linkChannelMessage(channel, builder.addEvent('/a.yaml#/components/messages/A', 'A', make));
 * builder.build(services, domains);
 */
export class ImportBuilder {
  private readonly channels: ChannelSpec[] = [];
  /** Channel name by location; null for a synthetic channel (an export's stand-in for "no channel"). */
  private readonly channelByLocation = new Map<string, string | null>();
  private readonly events = new Map<string, EventEntry>();
  private readonly eventByName = new Map<string, EventEntry>();
  private readonly explained = new Set<string>();
  readonly producers: ProducerSpec[] = [];
  readonly consumers: ConsumerSpec[] = [];

  constructor(private readonly warnings: Diagnostic[]) {}

  /** Registers a channel (or a synthetic one when `spec` is null); returns its name. */
  addChannel(location: string, spec: ChannelSpec | null): string | null {
    if (this.channelByLocation.has(location)) return this.channelByLocation.get(location) ?? null;
    if (spec && this.channels.some((c) => c.name === spec.name)) {
      this.warnings.push({ message: `Two channels are named "${spec.name}"; the second is skipped.`, path: '', severity: 'warning' });
      this.channelByLocation.set(location, spec.name);
      return spec.name;
    }
    if (spec) this.channels.push(spec);
    this.channelByLocation.set(location, spec ? spec.name : null);
    return spec ? spec.name : null;
  }

  /** undefined: unknown location; null: synthetic channel; else the channel name. */
  channelAt(location: string): string | null | undefined {
    return this.channelByLocation.get(location);
  }

  hasChannel(name: string): boolean {
    return this.channels.some((c) => c.name === name);
  }

  /** Registers the message at `location` once; returns the event name. */
  addEvent(location: string, preferredName: string, make: (name: string) => ImportedMessage): string {
    const existing = this.events.get(location);
    if (existing) return existing.event.name;
    let name = preferredName;
    for (let n = 2; this.eventByName.has(name); n++) name = `${preferredName}_${n}`;
    if (name !== preferredName) {
      this.warnings.push({ message: `Two different messages are named "${preferredName}"; the second is imported as "${name}".`, path: '', severity: 'warning' });
    }
    const entry = { ...make(name), channels: [] };
    this.events.set(location, entry);
    this.eventByName.set(name, entry);
    return name;
  }

  eventAt(location: string): string | undefined {
    return this.events.get(location)?.event.name;
  }

  /** The channel lists the message. */
  linkChannelMessage(channel: string | null, eventName: string): void {
    if (channel === null) return;
    const entry = this.eventByName.get(eventName);
    if (entry && !entry.channels.includes(channel)) entry.channels.push(channel);
  }

  /** A relation or reply accounts for the message being on the channel. */
  explain(channel: string | null, eventName: string): void {
    if (channel !== null) this.explained.add(`${channel}\u0000${eventName}`);
  }

  eventsOf(channel: string): string[] {
    return [...this.events.values()].filter((e) => e.channels.includes(channel)).map((e) => e.event.name);
  }

  build(services: ServiceSpec[], domains: DomainSpec[]): CatalogDocument {
    const extraMessages = new Map<string, string[]>();
    const events = [...this.events.values()].map(({ event, channelHint, channels }) => {
      const channel = channelHint && this.hasChannel(channelHint) ? channelHint : (channels[0] ?? null);
      if (channel) {
        this.explain(channel, event.name);
        event.channel = channel;
      }
      for (const c of channels) {
        if (this.explained.has(`${c}\u0000${event.name}`)) continue;
        extraMessages.set(c, [...(extraMessages.get(c) ?? []), event.name]);
      }
      return event;
    });
    for (const channel of this.channels) {
      const extra = extraMessages.get(channel.name);
      if (extra) channel.extras = { ...channel.extras, [X_MESSAGES]: extra };
    }
    for (const consumer of this.consumers) {
      if (consumer.deadLetterChannel && !this.hasChannel(consumer.deadLetterChannel)) {
        this.warnings.push({ message: `Dead-letter channel "${consumer.deadLetterChannel}" is not in the document; dropped.`, path: '', severity: 'warning' });
        delete consumer.deadLetterChannel;
      }
    }
    const domainNames = new Set(domains.map((d) => d.name));
    for (const item of [...services, ...events]) {
      if (item.domain && !domainNames.has(item.domain)) {
        domains.push({ name: item.domain });
        domainNames.add(item.domain);
      }
    }
    const document: CatalogDocument = {
      services,
      channels: this.channels,
      events,
      producers: this.producers,
      consumers: this.consumers,
    };
    if (domains.length > 0) document.domains = domains;
    return document;
  }
}
