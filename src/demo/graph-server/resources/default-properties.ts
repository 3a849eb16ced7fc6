import type { GraphObject } from '../../model';

/** The properties Graph returns for a user without `$select`. */
export const USER_DEFAULT_PROPERTIES: readonly string[] = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage',
  'surname', 'userPrincipalName', 'id',
];

const USER_TYPE = '#microsoft.graph.user';

/**
 * The properties to return for a row without `$select`: the collection's own default set, or —
 * in directoryObject results (members, owners, expanded relationships) — a user's default set.
 */
export function defaultPropertiesOf(row: GraphObject, collectionDefault: readonly string[] | undefined): readonly string[] | undefined {
  if (collectionDefault) return collectionDefault;
  return row['@odata.type'] === USER_TYPE ? USER_DEFAULT_PROPERTIES : undefined;
}
