// Clustering: an item joins the cluster of any earlier item with a matching signal — an exact
// digest (looked up in SQL) or a PDQ hash within distance 31 (looked up in an in-memory index of
// clustered items' PDQ hashes). Assignment runs under one advisory lock in the intake transaction,
// and every assignment takes the next cluster_seq, so each process's index catches up from the
// database in commit order before it answers. Matches in two clusters merge them: both hold
// re-uploads of one piece. An absorbed cluster keeps its row and names the survivor (merged_into).
import type { Queryable } from '../../core/db/index.ts';
import { PdqIndex } from '../../matching/index.ts';
import type { ItemSignal } from './item.model.ts';
import type { ItemRepository } from './item.repository.ts';

const PDQ_CLUSTER_DISTANCE = 31;
const EXACT_TYPES = new Set(['md5', 'sha256', 'text_sha256']);

export class ClusterIndex {
  readonly #pdq = new PdqIndex();
  /** PDQ signal id → item id. */
  readonly #itemOfSignal = new Map<number, number>();
  #seq = 0;

  constructor(
    private readonly repository: ItemRepository,
    private readonly qualityFloor: number,
  ) {}

  /**
   * Assigns the item to a cluster (new, existing or merged); call inside the intake transaction.
   * Several matching clusters merge into the oldest; `absorbed` names the others.
   */
  async assign(tx: Queryable, itemId: number, signals: ItemSignal[], now: Date): Promise<{ clusterId: number; absorbed: number[] }> {
    await this.repository.lockClustering(tx);
    await this.#catchUp(tx);
    const exact = signals.filter((s) => EXACT_TYPES.has(s.signalType));
    const clusters = new Set(await this.repository.clustersWithExactSignals(tx, itemId, exact));
    const nearItems = new Set<number>();
    for (const s of signals) {
      if (s.signalType !== 'pdq' || (s.quality !== null && s.quality < this.qualityFloor)) continue;
      for (const m of this.#pdq.query(s.value, PDQ_CLUSTER_DISTANCE)) {
        const item = this.#itemOfSignal.get(m.id);
        if (item !== undefined && item !== itemId) nearItems.add(item);
      }
    }
    // The index may hold items whose cluster has since merged; the database has the current one.
    for (const c of await this.repository.currentClusters(tx, [...nearItems])) clusters.add(c);
    const sorted = [...clusters].sort((a, b) => a - b);
    const target = sorted[0] ?? (await this.repository.newCluster(tx, now));
    const absorbed = sorted.slice(1);
    await this.repository.joinCluster(tx, itemId, target, absorbed, now);
    return { clusterId: target, absorbed };
  }

  async #catchUp(tx: Queryable): Promise<void> {
    const rows = await this.repository.clusteredPdqSince(tx, this.#seq);
    for (const r of rows) {
      if (r.quality !== null && r.quality < this.qualityFloor) continue;
      if (!this.#itemOfSignal.has(r.signalId)) {
        this.#pdq.add(r.signalId, r.value);
        this.#itemOfSignal.set(r.signalId, r.itemId);
      }
    }
    // Merge work in small slices, paid by the intake that grows the index.
    this.#pdq.maintain(2);
    this.#seq = Math.max(this.#seq, rows.length > 0 ? rows[rows.length - 1]!.seq : 0, await this.repository.maxClusterSeq(tx));
  }
}
