// One app process started by scripts/start.mjs: a cluster worker (EVENTFLOW_WORKERS > 1; node:cluster
// shares the listening port) or the single process, started with a heap limit (scripts/heap-limit.mjs).
import { serve } from './serve.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
await serve({ port, hostname });
// Next runs instrumentation (migrate, seed) after its handlers exist: the first worker reports only
// once its own health check has passed, so the next workers never seed at the same time.
const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
await fetch(`http://${self.includes(':') ? `[${self}]` : self}:${port}/api/health`).catch(() => undefined);
process.send?.('listening');
// Without its primary (killed, crashed) a worker must not linger holding the port.
process.on('disconnect', () => process.exit(0));
