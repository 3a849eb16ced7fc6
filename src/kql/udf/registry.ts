/** Every TypeScript scalar function the compiled SQL may call (SQL names `kql_…`). */
import type { ScalarUdf } from './types';
import { udf } from './types';
import { hashMod, hashText, hashTicks } from './xxhash64';
import { dynamicToJson, indexOfRegex, parseCommandLine, parseCsv, replaceStrings } from './text';
import { base64FromArray, base64FromGuid, base64ToArray, base64ToGuid, gzipCompressToBase64, gzipDecompressFromBase64, zlibCompressToBase64, zlibDecompressFromBase64 } from './bytes';
import { ipv4RangeToCidrList, ipv6Compare, ipv6IsInAnyRange, ipv6IsInRange, parseIpv6Mask } from './ipv6';
import { betaCdf, betaInv, betaPdf, erf, erfc } from './special-math';
import { bagHasKey, bagRemoveKeys, bagSetKey } from './bag-paths';
import { parsePath, parseUrlQuery } from './url-path';
import { rowWindowSession } from './window-session';
import { buildSchema } from './build-schema';
import { seriesFillLinear } from './series-fill-linear';
import { seriesFit2Lines } from './series-fit-2lines';
import { parseUserAgent } from './user-agent';
import { domainFromPunycode, domainToPunycode, punycodeFromString, punycodeToString } from './punycode';

const S = 'VARCHAR';

export const KQL_UDFS: readonly ScalarUdf[] = [
  udf('kql_hash_text', [S], 'BIGINT', hashText),
  udf('kql_hash_ticks', ['BIGINT'], 'BIGINT', hashTicks),
  udf('kql_hash_mod', ['BIGINT', 'BIGINT'], 'BIGINT', hashMod),
  udf('kql_replace_strings', [S, S, S], S, replaceStrings),
  udf('kql_parse_csv', [S], S, parseCsv),
  udf('kql_parse_command_line', [S, S], S, parseCommandLine),
  udf('kql_dynamic_to_json', [S], S, dynamicToJson),
  udf('kql_base64_decode_toarray', [S], S, base64ToArray),
  udf('kql_base64_encode_fromarray', [S], S, base64FromArray),
  udf('kql_base64_encode_fromguid', [S], S, base64FromGuid),
  udf('kql_base64_decode_toguid', [S], S, base64ToGuid),
  udf('kql_zlib_compress_to_base64', [S], S, zlibCompressToBase64),
  udf('kql_zlib_decompress_from_base64', [S], S, zlibDecompressFromBase64),
  udf('kql_punycode_from_string', [S], S, punycodeFromString),
  udf('kql_punycode_to_string', [S], S, punycodeToString),
  udf('kql_punycode_domain_to_string', [S], S, domainToPunycode),
  udf('kql_punycode_domain_from_string', [S], S, domainFromPunycode),
  udf('kql_parse_ipv6_mask', [S, 'BIGINT'], S, parseIpv6Mask),
  udf('kql_ipv6_compare', [S, S, 'BIGINT'], 'BIGINT', ipv6Compare),
  udf('kql_ipv6_is_in_range', [S, S], 'BOOLEAN', ipv6IsInRange),
  udf('kql_ipv6_is_in_any_range', [S, S], 'BOOLEAN', ipv6IsInAnyRange),
  udf('kql_ipv4_range_to_cidr_list', [S, S], S, ipv4RangeToCidrList),
  udf('kql_erf', ['DOUBLE'], 'DOUBLE', erf),
  udf('kql_erfc', ['DOUBLE'], 'DOUBLE', erfc),
  udf('kql_beta_cdf', ['DOUBLE', 'DOUBLE', 'DOUBLE'], 'DOUBLE', betaCdf),
  udf('kql_beta_pdf', ['DOUBLE', 'DOUBLE', 'DOUBLE'], 'DOUBLE', betaPdf),
  udf('kql_beta_inv', ['DOUBLE', 'DOUBLE', 'DOUBLE'], 'DOUBLE', betaInv),
  udf('kql_bag_has_key', [S, S], 'BOOLEAN', bagHasKey),
  udf('kql_bag_set_key', [S, S, S], S, bagSetKey),
  udf('kql_bag_remove_keys', [S, S], S, bagRemoveKeys),
  udf('kql_indexof_regex', [S, S, 'BIGINT', 'BIGINT', 'BIGINT'], 'BIGINT', indexOfRegex),
  udf('kql_parse_urlquery', [S], S, parseUrlQuery),
  udf('kql_parse_path', [S], S, parsePath),
  udf('kql_gzip_compress_to_base64', [S], S, gzipCompressToBase64),
  udf('kql_gzip_decompress_from_base64', [S], S, gzipDecompressFromBase64),
  udf('kql_row_window_session', [S, S, 'BIGINT', 'BIGINT'], S, rowWindowSession),
  udf('kql_buildschema', [S], S, buildSchema),
  udf('kql_series_fill_linear', [S, 'BOOLEAN', S], S, seriesFillLinear),
  udf('kql_series_fit_2lines', [S], S, seriesFit2Lines),
  udf('kql_parse_user_agent', [S, S], S, parseUserAgent),
];
