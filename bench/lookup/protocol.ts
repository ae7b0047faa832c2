// What bench/lookup.bench.ts and its server process (bench/lookup/server.ts) share.
export const BENCH_BANK = 'BENCH_TVEC';
export const ADMIN_EMAIL = 'admin@tube.bench.example';
export const ADMIN_PASSWORD = 'bench password long enough';

/** The server's message once it listens. */
export interface ServerReady {
  type: 'ready';
  port: number;
  engine: string;
  imported: number;
  rejected: number;
  importSeconds: number;
  indexed: number;
}
