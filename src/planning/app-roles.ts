import { odataString } from '../sources/graph/odata';
import { graphPath } from './graph-path';
import { chunks, get } from './graph-get';

/** Service principals by id (for app role names), 15 ids per request. */
export function resourceRequests(ids: readonly string[], select = 'id,appId,displayName,appRoles'): ReturnType<typeof get>[] {
  return chunks(ids).map((part, i) => get(`resources${i}`, graphPath('/servicePrincipals', {
    $filter: `id in (${part.map(odataString).join(',')})`, $select: select,
  }), { maxRows: 100, reads: ['directory'], shared: true }));
}
