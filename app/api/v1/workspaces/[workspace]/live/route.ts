import { listHistory } from '@/lib/server/history';
import { actorFor, route } from '@/lib/server/http';
import { onChange } from '@/lib/server/live/change-feed';

export const dynamic = 'force-dynamic';

/**
 * Server-sent events: every committed change of the workspace, in change-log order,
 * starting after `?after=<change id>` (or the `Last-Event-ID` a reconnecting browser sends).
 */
export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  const url = new URL(ctx.request.url);
  let cursor = BigInt(ctx.request.headers.get('last-event-id') ?? url.searchParams.get('after') ?? '0');
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let draining = Promise.resolve();
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const drain = async () => {
        // Read what is new from the log itself: a signal may be lost, the log cannot.
        const entries = await listHistory(ctx.db, actor, { after: cursor, limit: 500 });
        for (const entry of entries) {
          send(`id: ${entry.id}\nevent: change\ndata: ${JSON.stringify(entry)}\n\n`);
          cursor = BigInt(entry.id);
        }
      };
      const unsubscribe = await onChange(ctx.db, (signal) => {
        if (signal.workspaceId !== actor.workspaceId) return;
        draining = draining.then(drain).catch(() => undefined);
      });
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), 15_000);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      ctx.request.signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      send('retry: 1000\n\n');
      draining = draining.then(drain);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' },
  });
});
