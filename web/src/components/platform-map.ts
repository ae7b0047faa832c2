// The platform registry by id, for naming platforms in lists: one query (cached for a minute) that
// every page shares. Members who may not read the registry (platforms:read) get an empty map.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type paths } from '../api/client';
import { useSession } from '../session';

export type Platform = paths['/platforms']['get']['responses'][200]['content']['application/json']['platforms'][number];

export function usePlatformMap(): Map<number, Platform> {
  const { can } = useSession();
  const query = useQuery({ queryKey: ['platforms', 'all'], enabled: can('platforms:read'), staleTime: 60_000, queryFn: () => unwrap(api.GET('/platforms', {})) });
  return new Map((query.data?.platforms ?? []).map((p) => [p.id, p]));
}
