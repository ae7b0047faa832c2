// The Vigil process of the upload-check benchmark, forked by bench/lookup.bench.ts so that the load
// generator does not share its event loop: a fresh database, an authority's bank imported from
// the hash file given as argv[2] (python-threatexchange's local format) and shared with a platform
// organisation, whose admin the benchmark signs in as to make an API key. Serves on loopback with
// every role, reports {port, ...} to the parent, and cleans up when told to stop.
import { createReadStream, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { systemContext, type RequestContext } from '../../src/core/auth/principal.ts';
import { loadConfig } from '../../src/core/config/index.ts';
import { migrate } from '../../src/core/db/index.ts';
import { createContainer } from '../../src/container.ts';
import { buildApp } from '../../src/http/app.ts';
import { openBenchDatabase } from '../support/database.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BENCH_BANK, type ServerReady } from './protocol.ts';

async function main(): Promise<void> {
  const hashFile = process.argv[2];
  if (!hashFile || !process.send) throw new Error('usage: forked by bench/lookup.bench.ts with the hash file');
  const bench = await openBenchDatabase({ poolSize: 10 });
  const { db } = bench;
  await migrate(db);
  const dataDir = `/tmp/vigil-bench-lookup-${process.pid}`;
  const config = loadConfig({}, { logLevel: 'silent', cookieSecure: false, dataDir, hashThreads: 1 });
  const c = createContainer({ config, db });
  const sys = systemContext('bench');

  const iru = await c.organisations.createOrganisation(sys, { name: 'Bench referral unit', kind: 'authority', competentAuthority: true });
  const tube = await c.organisations.createOrganisation(sys, { name: 'Bench Tube', kind: 'platform', competentAuthority: false });
  await c.organisations.createMember(sys, tube.id, { email: ADMIN_EMAIL, displayName: 'Tube admin', roles: ['admin'], password: ADMIN_PASSWORD });
  const owner: RequestContext = { actor: { ...sys.actor, organisationId: iru.id } };
  await c.banks.create(owner, { name: BENCH_BANK, isNegative: false });
  const started = performance.now();
  const report = await c.bankExchange.importFile(owner, BENCH_BANK, 'local', createReadStream(hashFile));
  const importSeconds = (performance.now() - started) / 1000;
  await c.banks.share(owner, { name: BENCH_BANK }, tube.id, 'read');

  const app = await buildApp(c);
  await app.listen({ port: 0, host: '127.0.0.1' });
  await c.matcher.start();
  const ready: ServerReady = { type: 'ready', port: (app.server.address() as AddressInfo).port, engine: bench.engine, imported: report.imported, rejected: report.rejected, importSeconds, indexed: c.matcher.size };
  process.send(ready);

  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'stop') return;
    void (async () => {
      await c.matcher.stop();
      await app.close();
      await c.hashing.close();
      await bench.close();
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    })();
  });
}

await main();
