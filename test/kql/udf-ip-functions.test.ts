/**
 * IPv6 functions, ipv4_range_to_cidr_list and ipv4_is_in_any_range over a dynamic array: expected
 * values from the functions' pages (ipv6-*-function.md, parse-ipv6*-function.md,
 * ipv4-*-function.md), invalid input → null / '' as the pages state.
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

describe('parse_ipv6 / parse_ipv6_mask', () => {
  it.each<[string, string]>([
    ["parse_ipv6('192.168.255.255')", '0000:0000:0000:0000:0000:ffff:c0a8:ffff'],
    ["parse_ipv6('192.168.255.255/24')", '0000:0000:0000:0000:0000:ffff:c0a8:ff00'],
    ["parse_ipv6_mask('192.168.255.255', 120)", '0000:0000:0000:0000:0000:ffff:c0a8:ff00'],
    ["parse_ipv6_mask('fe80::85d:e82c:9446:7994/120', 124)", 'fe80:0000:0000:0000:085d:e82c:9446:7900'],
    ["parse_ipv6_mask('::192.168.255.255/24', 128)", '0000:0000:0000:0000:0000:ffff:c0a8:ff00'],
    // "If conversion isn't successful, the result is an empty string."
    ["parse_ipv6('1:2:3:4:5:6:7:8:9')", ''],
    ["parse_ipv6('fe80::1::2')", ''],
    ["parse_ipv6('10.0.0.256')", ''],
    ["parse_ipv6_mask('fe80::1', 129)", ''],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});

describe('ipv6_compare / ipv6_is_match / ipv6_is_in_range / ipv6_is_in_any_range', () => {
  it.each<[string, unknown]>([
    ["ipv6_compare('fe80::85d:e82c:9446:7994/120', 'fe80::85d:e82c:9446:7998')", 0],
    ["ipv6_compare('fe80::85d:e82c:9446:7994', 'fe80::85d:e82c:9446:7998')", -1],
    ["ipv6_compare('fe80::85d:e82c:9446:7999', 'fe80::85d:e82c:9446:7998')", 1],
    ["ipv6_compare('192.168.1.1', '::ffff:c0a8:0101')", 0],
    ["ipv6_compare('fe80::85d:e82c:9446:7994', 'fe80::85d:e82c:9446:7995', 127)", 0],
    ["ipv6_compare('not an address', '::1')", null],
    ["ipv6_is_match('::192.168.1.1/30', '192.168.1.255/24')", true],
    ["ipv6_is_match('fe80::1', 'fe80::2')", false],
    ["ipv6_is_match('fe80::1', 'x')", null],
    ["ipv6_is_in_range('a5e:f127:8a9d:146d:e102:b5d3:c755:abcd', 'a5e:f127:8a9d:146d:e102:b5d3:c755:0000/112')", true],
    ["ipv6_is_in_range('a5e:f127:8a9d:146d:e102:b5d3:c755:abcd', '0:0:0:0:0:ffff:c0a8:ac/60')", false],
    ["ipv6_is_in_any_range('a5e:f127:8a9d:146d:e102:b5d3:c756:abd1', dynamic(['a5e:f127:8a9d:146d:e102:b5d3:c755:f6cd/112', '0:0:0:0:0:ffff:c0a8:ac/60']))", false],
    ["ipv6_is_in_any_range('a5e:f127:8a9d:146d:e102:b5d3:c755:abcd', 'fe80::/10', 'a5e:f127:8a9d:146d:e102:b5d3:c755:f6cd/112')", true],
  ])('%s', async (expr, expected) => {
    const v = await one(expr);
    expect(typeof v === 'bigint' ? Number(v) : v).toEqual(expected);
  });
});

describe('IPv4 ranges', () => {
  it.each<[string, unknown]>([
    ["ipv4_range_to_cidr_list('1.1.128.0', '1.1.140.255')", ['1.1.128.0/21', '1.1.136.0/22', '1.1.140.0/24']],
    ["ipv4_range_to_cidr_list('10.0.0.0', '10.0.0.0')", ['10.0.0.0/32']],
    ["ipv4_range_to_cidr_list('0.0.0.0', '255.255.255.255')", ['0.0.0.0/0']],
    ["ipv4_range_to_cidr_list('10.0.0.9', '10.0.0.1')", null],
    ['ipv4_is_in_any_range("127.0.0.1", dynamic(["127.0.0.1", "192.168.1.1"]))', true],
    ['ipv4_is_in_any_range("10.1.2.3", dynamic(["192.168.1.1/16", "127.0.0.1/8", "10.0.0.1/8"]))', true],
    ['ipv4_is_in_any_range("1.1.1.1", dynamic(["192.168.1.1/16", "127.0.0.1/8", "10.0.0.1/8"]))', false],
    ['ipv4_is_in_any_range("1.1.1.1", dynamic([]))', false],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });
});
