// SQL for the delivery dispatcher: the platform registry's channel, read in the sending transaction.
import type { Queryable } from '../../core/db/index.ts';
import type { DeliveryChannel } from '../platforms/platform.model.ts';

export class ReferralDeliveryRepository {
  async channelOf(tx: Queryable, platformId: number): Promise<DeliveryChannel | null> {
    const { rows } = await tx.query<{ delivery_channel: DeliveryChannel }>('select delivery_channel from platforms where id = $1', [platformId]);
    return rows[0]?.delivery_channel ?? null;
  }
}
