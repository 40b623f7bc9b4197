// Loaded with NODE_OPTIONS=--import into the app server (scripts/start.mjs): profiles it, and on
// SIGUSR2 writes the profile so far to PROF_OUT/server-<pid>-<time>.cpuprofile and starts anew.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const isServer = process.argv.some((a) => a.endsWith('scripts/start.mjs')) && !process.argv.includes('build');
if (isServer) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 250 }, () => session.post('Profiler.start')));
  process.on('SIGUSR2', () =>
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(`${process.env.PROF_OUT ?? '/tmp'}/server-${process.pid}-${Date.now()}.cpuprofile`, JSON.stringify(result.profile));
      session.post('Profiler.start');
    }),
  );
}
