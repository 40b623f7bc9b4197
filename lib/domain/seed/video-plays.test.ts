import { describe, expect, it } from 'vitest';
import { VIDEO_ANALYTICS_SUBSCRIPTION, videoPlaysCatalog } from './video-plays';

/** Reads a subscription like `user.*` as a glob: `*` matches any run of characters. */
function globMatches(glob: string, name: string): boolean {
  const pattern = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}

describe('video plays', () => {
  const analytics = videoPlaysCatalog.consumers.filter((c) => c.service === 'Video Analytics');

  it('gives Video Analytics one consumer per event its wildcard matches, each recording the subscription', () => {
    const matched = videoPlaysCatalog.events.map((e) => e.name).filter((name) => globMatches(VIDEO_ANALYTICS_SUBSCRIPTION, name));
    expect(matched.length).toBe(3);
    expect(analytics.map((c) => c.event).sort()).toEqual([...matched].sort());
    for (const consumer of analytics) expect(consumer.extras).toEqual({ subscription: 'user.*' });
  });

  it('names events user.video.<action>', () => {
    for (const event of videoPlaysCatalog.events) expect(event.name).toMatch(/^user\.video\.[a-z]+$/);
  });

  it('has Recommendations consume only plays and completions', () => {
    const events = videoPlaysCatalog.consumers.filter((c) => c.service === 'Recommendations Service').map((c) => c.event);
    expect(events.sort()).toEqual(['user.video.completed', 'user.video.played']);
  });
});
