// A Database that records the SQL of every statement sent through it (transactions included), for
// tests that prove a path makes no database round trip. Closing it leaves the database open.
import type { Database, Queryable } from '../src/core/db/index.ts';

export interface CountingDatabase extends Database {
  /** Every statement sent so far, in order. */
  readonly statements: string[];
  /** Forgets the statements recorded so far. */
  reset(): void;
}

export function countingDatabase(db: Database): CountingDatabase {
  const statements: string[] = [];
  const wrap = (q: Queryable): Queryable => ({
    query: <T>(sql: string, params?: readonly unknown[]) => {
      statements.push(sql);
      return q.query<T>(sql, params);
    },
    exec: (sql: string) => {
      statements.push(sql);
      return q.exec(sql);
    },
  });
  return {
    ...wrap(db),
    engine: db.engine,
    statements,
    reset: () => void statements.splice(0),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: async () => undefined,
  };
}
