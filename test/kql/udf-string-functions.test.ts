/**
 * Scalar functions computed by the engine's TypeScript UDFs (src/kql/udf): expected values from
 * the functions' pages in the KQL reference (and RFC 3492 / CommandLineToArgvW for the rules the
 * pages name), edge cases the pages state (invalid input → empty), through the engine.
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';
import { xxhash64 } from '../../src/kql/udf/xxhash64';
import { replaceStrings } from '../../src/kql/udf/text';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

describe('hash() / hash_xxhash64() (hash-function.md)', () => {
  it.each<[string, number | string]>([
    ['hash("World")', '1846988464401551951'],
    ['hash("World", 100)', 51],
    ['hash(datetime("2015-01-01"))', '1380966698541616202'],
    ['hash_xxhash64("World")', '1846988464401551951'],
    ['hash("Hello")', '753694413698530628'],
  ])('%s', async (expr, expected) => {
    // tostring: the row format gives longs as JavaScript numbers, which keep 15–16 digits.
    expect(await one(`tostring(${expr})`)).toBe(String(expected));
  });

  it('xxHash64 of the empty input is the reference value ef46db3751d8e999', () => {
    expect(xxhash64(new Uint8Array())).toBe(0xef46db3751d8e999n);
  });

  it('a mod keeps every value between 0 and mod - 1, negative hashes included', async () => {
    const r = (await rows('range i from 1 to 200 step 1 | extend h = hash(tostring(i)), m = hash(tostring(i), 7) | summarize neg = countif(h < 0), lo = min(m), hi = max(m)')) as number[][];
    expect(Number(r[0]![0])).toBeGreaterThan(0);
    expect([Number(r[0]![1]), Number(r[0]![2])]).toEqual([0, 6]);
  });

  it('refuses source types whose hash bytes the docs do not give', async () => {
    await expect(rows('print hash(123)')).rejects.toMatchObject({ code: 'EA104' });
    await expect(rows('print hash_combine(1, 2)')).rejects.toMatchObject({ code: 'EA102' });
  });
});

describe('replace_strings() (replace-strings-function.md)', () => {
  it.each<[string, string, string, string]>([
    ['A magic trick can turn a cat into a dog', '["cat","dog"]', '["dog","pigeon"]', 'A magic trick can turn a dog into a pigeon'],
    ['A magic trick can turn a cat into a dog', '["turn"," into a dog"]', '["disappear",""]', 'A magic trick can disappear a cat'],
    ['This is an example of using replace_strings()', '["This","is"]', '["This","was"]', 'This was an example of using replace_strings()'],
    ['This is an example of using replace_strings()', '["is","This"]', '["was","This"]', 'Thwas was an example of using replace_strings()'],
    ['This is an example of using replace_strings()', '["This","is"]', '[12345,"was"]', 'This was an example of using replace_strings()'],
  ])('%s with %s', (text, lookups, rewrites, expected) => {
    expect(replaceStrings(text, lookups, rewrites)).toBe(expected);
  });

  it('runs in a query and ignores lookups that are not strings', async () => {
    expect(await one("replace_strings('a1b', dynamic([1, 'b']), dynamic(['x', 'c']))")).toBe('a1c');
  });
});

describe('punycode (punycode-*-function.md)', () => {
  it.each<[string, string]>([
    ["punycode_from_string('académie-française')", 'acadmie-franaise-npb1a'],
    ["punycode_from_string('艺术')", 'cqv902d'],
    ["punycode_to_string('acadmie-franaise-npb1a')", 'académie-française'],
    ["punycode_domain_from_string('xn--Ry-lja8c.xn--Jng-uta63a.xn--Bng-9ka.com')", 'Rúyì.Jīngū.Bàng.com'],
    ["punycode_domain_to_string('Riðill｡Skáldskaparmál｡org')", 'xn--Riill-jta.xn--Skldskaparml-dbbj.org'],
    ["punycode_domain_to_string('Lê Lợi。Thuận Thiên。com')", 'xn--L Li-gpa4517b.xn--Thun Thin-s4a7194f.com'],
    // "Returns an empty result if decoding failed."
    ["punycode_to_string('ab-ü')", ''],
    ["punycode_to_string('abc-9999999999')", ''],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});

describe('base64 arrays and GUIDs, zlib', () => {
  it.each<[string, unknown]>([
    ['base64_decode_toarray("S3VzdG8=")', [75, 117, 115, 116, 111]],
    ['base64_decode_toarray("U3RyaW5n0KHR0tGA0L7Rh9C60LA")', null],
    ['base64_encode_fromarray(dynamic([75, 117, 115, 116, 111]))', 'S3VzdG8='],
    ['base64_encode_fromarray(dynamic(null))', ''],
    ['base64_encode_fromarray(dynamic([1, 256]))', ''],
    ['base64_encode_fromguid(toguid("ae3133f2-6e22-49ae-b06a-16e6a9b212eb"))', '8jMxriJurkmwahbmqbIS6w=='],
    ['zlib_compress_to_base64_string("1234567890qwertyuiop")', 'eAEBFADr/zEyMzQ1Njc4OTBxd2VydHl1aW9wOAkGdw=='],
    ['zlib_decompress_from_base64_string("eJwLSS0uUSguKcrMS1cwNDIGACxqBQ4=")', 'Test string 123'],
    ['zlib_decompress_from_base64_string("x0x0x0")', ''],
    ['zlib_decompress_from_base64_string(zlib_compress_to_base64_string("ünïcode"))', 'ünïcode'],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });

  it('decodes base64_decode_toguid as the inverse of base64_encode_fromguid (.NET Guid byte layout)', async () => {
    expect(await rows('print g = base64_decode_toguid(base64_encode_fromguid(toguid("ae3133f2-6e22-49ae-b06a-16e6a9b212eb")))')).toEqual([['ae3133f2-6e22-49ae-b06a-16e6a9b212eb']]);
    expect(await rows('print g = base64_decode_toguid("8jMxriJurkmwahbmqbIS6w==")')).toEqual([['ae3133f2-6e22-49ae-b06a-16e6a9b212eb']]);
    expect(await rows('print g = base64_decode_toguid("JpbpECu8dUy7Pv5gbeJXAA==")')).toEqual([['10e99626-bc2b-4c75-bb3e-fe606de25700']]);
  });

  it('gives null for an invalid base64 string or one of other than 16 bytes (the page: "abcd1231" → null)', async () => {
    expect(await rows('print a = isnull(base64_decode_toguid("abcd1231")), b = isnull(base64_decode_toguid("AAAA")), c = isnull(base64_decode_toguid("not base64!"))')).toEqual([[true, true, true]]);
  });
});

describe('parse_csv, parse_command_line, dynamic_to_json, has_any_index', () => {
  it.each<[string, unknown]>([
    [`parse_csv('aa,"b,b,b",cc,"Escaping quotes: ""Title""","line1\\nline2"')`, ['aa', 'b,b,b', 'cc', 'Escaping quotes: "Title"', 'line1\nline2']],
    [`parse_csv('record1,a,b,c\\nrecord2,x,y,z')`, ['record1', 'a', 'b', 'c']],
    [`parse_csv('')`, ['']],
    [`parse_command_line('echo "hello world!"', 'windows')`, ['echo', 'hello world!']],
    // CommandLineToArgvW: 2n backslashes + quote → n backslashes and a quote that toggles; 2n+1 → a literal quote.
    [`parse_command_line('a.exe "x\\\\\\\\" y\\\\\\"z', 'windows')`, ['a.exe', 'x\\', 'y"z']],
    [`parse_command_line('a', 'linux')`, null],
    [`dynamic_to_json(dynamic({'b': [2, 1], 'a': {'d': 1, 'c': 2}}))`, '{"a":{"c":2,"d":1},"b":[2,1]}'],
    [`dynamic_to_json(dynamic('x'))`, 'x'],
    [`dynamic_to_json(12)`, '12'],
    [`has_any_index("this is an example", dynamic(['this', 'example']))`, 0],
    [`has_any_index("this is an example", dynamic(['not', 'example']))`, 1],
    [`has_any_index("this is an example", dynamic(['not', 'found']))`, -1],
    [`has_any_index("Example number 2", range(1, 3, 1))`, 1],
    [`has_any_index("this is an example", dynamic([]))`, -1],
    [`has_any_index("examples", dynamic(['example']))`, -1],
  ])('%s', async (expr, expected) => {
    const v = await one(expr);
    expect(typeof v === 'bigint' ? Number(v) : v).toEqual(expected);
  });
});

describe('indexof_regex (indexof-regex-function.md)', () => {
  it.each<[string, number | null]>([
    ['indexof_regex("abcabc", @"a.c")', 0],
    ['indexof_regex("abcabcdefg", @"a.c", 0, 9, 2)', 3],
    ['indexof_regex("abcabc", @"a.c", 1, -1, 2)', -1],
    ['indexof_regex("ababaa", @"a.a", 0, -1, 2)', -1],
    // "Returns null if start is less than 0, occurrence is less than 0, length is less than -1."
    ['indexof_regex("abcabc", @"a|ab", -1)', null],
    ['indexof_regex("abc", "b", 0, -2)', null],
    ['indexof_regex("abc", "b", 0, -1, -1)', null],
    ['indexof_regex("abc", "b", 0, 1)', -1],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });

  it('refuses regular-expression syntax whose meaning differs between RE2 and the UDF', async () => {
    await expect(rows('print indexof_regex("a b", @"\\s")')).rejects.toMatchObject({ code: 'EA104' });
    await expect(rows('print indexof_regex("ab", @"(?i)A")')).rejects.toMatchObject({ code: 'EA104' });
  });
});

describe('column_names_of (column-names-of-function.md)', () => {
  it('lists the columns of a tabular argument', async () => {
    expect(await one('column_names_of(datatable(A:string, B:int) [])')).toEqual(['A', 'B']);
  });
});

describe('parse_urlquery and parse_path', () => {
  it.each<[string, unknown]>([
    ['parse_urlquery("k1=v1&k2=v2&k3=v3")', { 'Query Parameters': { k1: 'v1', k2: 'v2', k3: 'v3' } }],
    ['parse_urlquery("a=x%20y&b=1+2&c=")', { 'Query Parameters': { a: 'x y', b: '1 2', c: '' } }],
    ["tostring(parse_urlquery('view=vs-2019&preserve-view=true')['Query Parameters'].['preserve-view'])", 'true'],
    [
      'parse_path(@"C:\\temp\\file.txt")',
      { Scheme: '', RootPath: 'C:', DirectoryPath: 'C:\\temp', DirectoryName: 'temp', Filename: 'file.txt', Extension: 'txt', AlternateDataStreamName: '' },
    ],
    [
      'parse_path("file://C:/temp/file.txt:some.exe")',
      { Scheme: 'file', RootPath: 'C:', DirectoryPath: 'C:/temp', DirectoryName: 'temp', Filename: 'file.txt', Extension: 'txt', AlternateDataStreamName: 'some.exe' },
    ],
    [
      'parse_path(@"\\\\shared\\users\\temp\\file.txt.gz")',
      { Scheme: '', RootPath: '', DirectoryPath: '\\\\shared\\users\\temp', DirectoryName: 'temp', Filename: 'file.txt.gz', Extension: 'gz', AlternateDataStreamName: '' },
    ],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });

  it('reads a member whose name is computed (x.[name])', async () => {
    expect(await rows("let k = 'b'; print r = tostring(dynamic({'a': {'b': 7}}).a.[k])")).toEqual([['7']]);
  });
});

describe('parse_version (parse-version-function.md)', () => {
  it.each<[string, unknown]>([
    ['tostring(parse_version("1.2.3.4"))', '1000000020000000300000004'],
    ['tostring(parse_version("0.0.7.0"))', '700000000'],
    ['tostring(parse_version("0.2"))', '20000000000000000'],
    ['parse_version("1.0") == parse_version("1.0.0.0")', true],
    // Exact: a double would make these equal.
    ['parse_version("1.0.0.1") > parse_version("1.0.0.0")', true],
    // "If conversion is successful, the result is a decimal; otherwise, the result is null."
    ['isnull(parse_version("1.2.3.4.5"))', true],
    ['isnull(parse_version("123456789"))', true],
    ['isnull(parse_version("a.b"))', true],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});

describe('gzip (gzip-base64-compress.md, gzip-base64-decompress.md)', () => {
  it.each<[string, string]>([
    ['gzip_compress_to_base64_string("1234567890qwertyuiop")', 'H4sIAAAAAAAA/wEUAOv/MTIzNDU2Nzg5MHF3ZXJ0eXVpb3A6m7f2FAAAAA=='],
    ['gzip_decompress_from_base64_string("H4sIAAAAAAAA/wEUAOv/MTIzNDU2Nzg5MHF3ZXJ0eXVpb3A6m7f2FAAAAA==")', '1234567890qwertyuiop'],
    ['gzip_decompress_from_base64_string("x0x0x0")', ''],
    ['gzip_decompress_from_base64_string(gzip_compress_to_base64_string("ünïcode"))', 'ünïcode'],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});
