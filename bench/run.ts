// `npm run bench`: every benchmark in turn, each printing its figures as ratios against a baseline
// measured in the same run. Results are recorded in docs/benchmarks.md.
import { spawnSync } from 'node:child_process';

const benches = [
  { name: 'hashing', args: ['--import', 'tsx', 'bench/hash.bench.ts'] },
  { name: 'matching', args: ['--expose-gc', '--import', 'tsx', 'bench/match.bench.ts'] },
  { name: 'operation', args: ['--import', 'tsx', 'bench/operation.bench.ts'] },
  { name: 'emerging platforms', args: ['--import', 'tsx', 'bench/emerging.bench.ts'] },
  { name: 'upload checks', args: ['--import', 'tsx', 'bench/lookup.bench.ts'] },
];

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench.name} ===`);
  const result = spawnSync(process.execPath, bench.args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
