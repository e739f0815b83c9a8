#!/usr/bin/env python3
# Writes the bad-file corpus and expected.tsv into the folder given (this one):
#   python3 src/test/resources/bad/make_corpus.py src/test/resources/bad
# Each file breaks the small valid BASE scenario in one way; the expected message fragment is the
# text BadScenarioFilesTest looks for after "error: FILE: ". Deterministic (fixed seeds).
import json, os, random, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
BASE = '''{
  "schemaVersion": 1,
  "name": "Bad-file corpus base",
  "description": "A small valid scenario; each corpus file breaks it in one way.",
  "startYear": 2024,
  "years": 5,
  "hyperscalers": [
    { "name": "Microsoft", "capexUsdB": 45.0, "growthPct": 0, "aiSharePct": 100 },
    { "name": "Amazon", "capexUsdB": 48.0, "growthPct": 0, "aiSharePct": 100 }
  ],
  "hyperscalerAcceleratorSharePct": 50,
  "megaProjects": [
    { "name": "Rumoured supercomputer", "startYear": 2026, "years": 4, "totalUsdB": 100 }
  ],
  "depin": {
    "marketCapUsdB": 40,
    "newIncentiveCapUsdB": 80,
    "emissionYears": 3,
    "tokenPriceMultiplier": 1.0,
    "tokenPriceDriftPctPerYear": 0,
    "sellSharePct": 100,
    "buyerDemandUsdB": 40,
    "buyerDemandGrowthPct": 0,
    "aiSharePct": 100,
    "cloudResoldSharePct": 0,
    "acceleratorSharePct": 80,
    "frontierEfficiencyPct": 30,
    "initialInstalledK": 50
  },
  "chips": {
    "supplyK": 3000,
    "supplyGrowthPct": 30,
    "unitPriceUsdK": 25,
    "unitPriceChangePctPerYear": -10,
    "hyperscalerPriorityCapPct": 80,
    "otherBuyersUsdB": 20,
    "otherBuyersGrowthPct": 20,
    "usefulLifeYears": 4,
    "hyperscalerInitialInstalledK": 2000,
    "shock": { "year": 2027, "durationYears": 2, "supplyCutPct": 60 }
  },
  "references": [
    { "label": "Altimeter: global AI data-centre spend", "year": 2024, "usdB": 160 }
  ],
  "sources": { "depin.newIncentiveCapUsdB": "Essay: a further 80 B over 3-5 years" },
  "uncertainty": [
    { "param": "chips.supplyGrowthPct", "dist": "triangular", "low": 10, "mode": 30, "high": 50 }
  ]
}
'''
json.loads(BASE)
cases = []  # (file, fragment)

def w(name, data, fragment):
    path = os.path.join(out, name)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(path, 'wb') as f:
        f.write(data)
    cases.append((name, fragment))

def rep(old, new, count=1):
    assert BASE.count(old) >= 1, old
    return BASE.replace(old, new, count)

def tree():
    return json.loads(BASE)

def dump(d):
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"

# --- syntax ---
w('truncated-mid-object.gapx.json', BASE[:BASE.index('"depin"') + 30], 'line 16, column 20: the JSON ends before it is complete (is the file truncated?)')
w('truncated-in-string.gapx.json', BASE[:BASE.index('Bad-file') + 4], 'line 3, column 16: the JSON ends before it is complete')
w('trailing-garbage.gapx.json', BASE + 'garbage\n', 'line 50, column 8: there is more content after the end of the JSON value')
w('two-documents.gapx.json', BASE + BASE, 'line 50, column 1: there is more content after the end of the JSON value')
w('trailing-comma.gapx.json', rep('"initialInstalledK": 50\n', '"initialInstalledK": 50,\n'), "line 29, column 3: invalid JSON: Unexpected character ('}'): was expecting double-quote to start field name (a comma before a closing bracket is not allowed in JSON)")
w('trailing-comma-array.gapx.json', rep('"aiSharePct": 100 }\n  ],', '"aiSharePct": 100 },\n  ],'), "line 10, column 3: invalid JSON: Unexpected character (']'): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (a comma before a closing bracket is not allowed in JSON)")
w('missing-value.gapx.json', rep('"years": 5,', '"years": ,'), "line 6, column 12: invalid JSON: Unexpected character (',')")
w('comment.gapx.json', rep('"years": 5,', '"years": 5, // five years'), 'line 6, column 15: invalid JSON: comments (// or /* */) are not allowed')
w('single-quotes.gapx.json', rep('"name": "Bad-file corpus base"', "'name': 'Bad-file corpus base'"), "line 3, column 3: invalid JSON: Unexpected character ('''): was expecting double-quote to start field name")
w('unquoted-key.gapx.json', rep('"years": 5,', 'years: 5,'), "line 6, column 3: invalid JSON: Unexpected character ('y'): was expecting double-quote to start field name")
w('leading-zero.gapx.json', rep('"years": 5,', '"years": 05,'), 'line 6, column 13: invalid JSON: Invalid numeric value: Leading zeroes not allowed')
w('hex-number.gapx.json', rep('"years": 5,', '"years": 0x5,'), "line 6, column 13: invalid JSON: Unexpected character ('x')")
w('raw-newline-in-string.gapx.json', rep('corpus base"', 'corpus\nbase"'), 'line 3, column 27: invalid JSON: Illegal unquoted character')
w('top-level-array.gapx.json', '[' + BASE + ']\n', '(top level): expected an object but found a list')
w('top-level-string.gapx.json', '"essay"\n', '(top level): expected an object but found a string ("essay")')
w('top-level-null.gapx.json', 'null\n', '(top level): expected an object but found null')
w('empty.gapx.json', b'', 'the file is empty')
w('whitespace-only.gapx.json', b' \n\t\r\n   \n', 'the file is empty')
deep = '{"a":' * 25 + '1' + '}' * 25
w('deep-nesting-sources.gapx.json', rep('"sources": { "depin.newIncentiveCapUsdB": "Essay: a further 80 B over 3-5 years" }', '"sources": ' + deep), 'nested deeper than 20 levels')
w('deep-nesting-arrays.gapx.json', '[' * 5000 + ']' * 5000, 'nested deeper than 20 levels')
w('nan-literal.gapx.json', rep('"sellSharePct": 100', '"sellSharePct": NaN'), 'line 21, column 24: NaN is not allowed: every number must be finite')
w('infinity-literal.gapx.json', rep('"supplyK": 3000', '"supplyK": Infinity'), 'line 31, column 24: Infinity is not allowed')
w('minus-infinity-literal.gapx.json', rep('"supplyK": 3000', '"supplyK": -Infinity'), 'line 31, column 25: -Infinity is not allowed')
w('number-1e400.gapx.json', rep('"buyerDemandUsdB": 40', '"buyerDemandUsdB": 1e400'), 'depin.buyerDemandUsdB = 1E+400 is not a finite number')
w('huge-integer-out-of-range.gapx.json', rep('"sellSharePct": 100', '"sellSharePct": 123456789012345678901234567890'), 'depin.sellSharePct = 123456789012345678901234567890 is out of range 0..100')
w('huge-integer-400-digits.gapx.json', rep('"capexUsdB": 48.0', '"capexUsdB": ' + '9' * 400), 'hyperscalers[1].capexUsdB = ' + '9' * 77 + '... is not a finite number (too large for a double)')
w('number-2000-digits.gapx.json', rep('"capexUsdB": 48.0', '"capexUsdB": ' + '9' * 2000), 'the JSON exceeds a size limit: Number value length')
w('duplicate-key-top.gapx.json', rep('"years": 5,', '"years": 5,\n  "years": 6,'), "line 7, column 10: duplicate key 'years': each key may appear once per object")
w('duplicate-key-nested.gapx.json', rep('"emissionYears": 3,', '"emissionYears": 3,\n    "emissionYears": 4,'), "line 19, column 20: duplicate key 'emissionYears'")
# --- encodings ---
w('utf16le-bom.gapx.json', b'\xff\xfe' + BASE.encode('utf-16-le'), 'the file is UTF-16 encoded; scenario files must be UTF-8 (save it again as UTF-8)')
w('utf16be-bom.gapx.json', b'\xfe\xff' + BASE.encode('utf-16-be'), 'the file is UTF-16 encoded')
w('utf16le-no-bom.gapx.json', BASE.encode('utf-16-le'), 'the file is UTF-16 encoded; scenario files must be UTF-8 (save it again as UTF-8)')
w('utf16be-no-bom.gapx.json', BASE.encode('utf-16-be'), 'the file is UTF-16 encoded')
w('utf32le-bom.gapx.json', BASE.encode('utf-32'), 'the file is UTF-32 encoded')  # python writes LE with BOM
w('utf32be-no-bom.gapx.json', BASE.encode('utf-32-be'), 'the file is UTF-32 encoded')
w('invalid-utf8.gapx.json', rep('corpus base', 'corpus b\xe4se').encode('latin-1'), 'the file is not valid UTF-8 text (bad byte at offset 52)')
w('overlong-utf8.gapx.json', BASE.replace('corpus base', 'corpus ba@@').encode().replace(b'@@', b'\xc0\xaf'), 'the file is not valid UTF-8 text (bad byte at offset 53)')
rnd = random.Random(7)
w('binary-junk.gapx.json', bytes(rnd.randrange(256) for _ in range(4096)), 'the file contains NUL bytes (at byte 143): it is binary data')
w('png-image.gapx.json', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00', 'the file contains NUL bytes (at byte 8): it is binary data')
w('lone-surrogate-escape.gapx.json', rep('"name": "Microsoft"', '"name": "Micro\\ud800soft"'), 'hyperscalers[0].name contains an unpaired surrogate \\ud800 at character 6: not valid Unicode text')
w('control-chars-in-key.gapx.json', rep('"years": 5,', '"years": 5,\n  "bad\\nkey\\u001b[31m": 1,'), 'bad\\nkey\\u001b[31m: unknown field')
# --- schema version ---
w('schema-version-3.gapx.json', rep('"schemaVersion": 1', '"schemaVersion": 3'), 'schemaVersion = 3: the file was written by a newer version of Compute Gap Explorer; this version reads schemaVersion 1 and 2')
w('schema-version-0.gapx.json', rep('"schemaVersion": 1', '"schemaVersion": 0'), 'schemaVersion = 0 is not supported')
w('schema-version-1.5.gapx.json', rep('"schemaVersion": 1', '"schemaVersion": 1.5'), 'schemaVersion = 1.5 must be a whole number')
w('schema-version-2.5.gapx.json', rep('"schemaVersion": 1', '"schemaVersion": 2.5'), 'schemaVersion = 2.5: the file was written by a newer version')
w('schema-version-string.gapx.json', rep('"schemaVersion": 1', '"schemaVersion": "1"'), 'schemaVersion: expected the number 1')
w('schema-version-missing.gapx.json', rep('"schemaVersion": 1,\n', ''), 'schemaVersion is missing')
# --- wrong types ---
w('type-years-string.gapx.json', rep('"years": 5', '"years": "5"'), 'years: expected a number but found a string ("5")')
w('type-name-number.gapx.json', rep('"name": "Bad-file corpus base"', '"name": 42'), 'name: expected a string but found a number (42)')
w('type-depin-list.gapx.json', dump({**tree(), 'depin': []}), 'depin: expected an object but found a list')
w('type-hyperscalers-object.gapx.json', dump({**tree(), 'hyperscalers': {'Microsoft': 45}}), 'hyperscalers: expected a list')
w('type-hyperscaler-entry-number.gapx.json', rep('{ "name": "Amazon", "capexUsdB": 48.0, "growthPct": 0, "aiSharePct": 100 }', '7'), 'hyperscalers[1]: expected an object but found a number (7)')
w('type-capex-boolean.gapx.json', rep('"capexUsdB": 45.0', '"capexUsdB": true'), 'hyperscalers[0].capexUsdB: expected a number but found a boolean (true)')
w('type-shock-string.gapx.json', rep('"shock": { "year": 2027, "durationYears": 2, "supplyCutPct": 60 }', '"shock": "2027"'), 'chips.shock: expected an object')
w('type-description-list.gapx.json', rep('"description": "A small valid scenario; each corpus file breaks it in one way."', '"description": ["a", "b"]'), 'description: expected a string but found a list')
w('type-uncertainty-object.gapx.json', dump({**tree(), 'uncertainty': {'param': 'chips.supplyK'}}), 'uncertainty: expected a list')
# --- out of range ---
w('range-sell-share-140.gapx.json', rep('"sellSharePct": 100', '"sellSharePct": 140'), 'depin.sellSharePct = 140 is out of range 0..100')
w('range-years-31.gapx.json', rep('"years": 5', '"years": 31'), 'years = 31 is out of range 1..30')
w('range-start-year-1999.gapx.json', rep('"startYear": 2024', '"startYear": 1999'), 'startYear = 1999 is out of range 2000..2100')
w('range-growth-minus-100.gapx.json', rep('"growthPct": 0', '"growthPct": -100'), 'hyperscalers[0].growthPct = -100 is out of range: it must be > -100 and <= 1000')
w('range-unit-price-zero.gapx.json', rep('"unitPriceUsdK": 25', '"unitPriceUsdK": 0'), 'chips.unitPriceUsdK = 0 is out of range: it must be > 0')
w('range-negative-capex.gapx.json', rep('"capexUsdB": 48.0', '"capexUsdB": -5'), 'hyperscalers[1].capexUsdB = -5 is out of range: it must be >= 0')
w('range-useful-life-16.gapx.json', rep('"usefulLifeYears": 4', '"usefulLifeYears": 16'), 'chips.usefulLifeYears = 16 is out of range 1..15')
w('range-shock-cut-101.gapx.json', rep('"supplyCutPct": 60', '"supplyCutPct": 101'), 'chips.shock.supplyCutPct = 101 is out of range 0..100')
w('range-mega-years-0.gapx.json', rep('"years": 4, "totalUsdB"', '"years": 0, "totalUsdB"'), 'megaProjects[0].years = 0 is out of range 1..30')
w('range-reference-year-2101.gapx.json', rep('"year": 2024, "usdB"', '"year": 2101, "usdB"'), 'references[0].year = 2101 is out of range 2000..2100')
w('range-drift-1001.gapx.json', rep('"tokenPriceDriftPctPerYear": 0', '"tokenPriceDriftPctPerYear": 1000.5'), 'depin.tokenPriceDriftPctPerYear = 1000.5 is out of range')
# --- whole numbers ---
w('whole-years-5.5.gapx.json', rep('"years": 5', '"years": 5.5'), 'years = 5.5 must be a whole number')
w('whole-emission-years-2.5.gapx.json', rep('"emissionYears": 3', '"emissionYears": 2.5'), 'depin.emissionYears = 2.5 must be a whole number')
w('whole-shock-year.gapx.json', rep('"year": 2027', '"year": 2027.25'), 'chips.shock.year = 2027.25 must be a whole number')
# --- missing / unknown ---
w('missing-name.gapx.json', rep('"name": "Bad-file corpus base",\n', ''), 'name is missing (a required field)')
w('missing-depin.gapx.json', dump({k: v for k, v in tree().items() if k != 'depin'}), 'depin is missing (a required field)')
w('missing-chips-supply.gapx.json', rep('"supplyK": 3000,\n', ''), 'chips.supplyK is missing (a required field)')
w('missing-hyperscaler-growth.gapx.json', rep('"growthPct": 0, ', ''), 'hyperscalers[0].growthPct is missing (a required field)')
w('null-start-year.gapx.json', rep('"startYear": 2024', '"startYear": null'), 'startYear is missing (a required field)')
w('unknown-field-top.gapx.json', rep('"years": 5,', '"years": 5,\n  "horizon": 7,'), 'horizon: unknown field')
w('unknown-field-nested-typo.gapx.json', rep('"sellSharePct": 100', '"sellSharPct": 100'), "depin.sellSharPct: unknown field, did you mean 'sellSharePct'?")
w('unknown-field-shock.gapx.json', rep('"supplyCutPct": 60 }', '"supplyCutPct": 60, "region": "Taiwan" }'), 'chips.shock.region: unknown field')
w('unknown-field-hyperscaler.gapx.json', rep('"aiSharePct": 100 }', '"aiSharePct": 100, "ticker": "MSFT" }'), 'hyperscalers[0].ticker: unknown field')
w('unknown-field-long-name.gapx.json', rep('"years": 5,', '"years": 5,\n  "' + 'x' * 5000 + '": 1,'), 'x' * 77 + '...: unknown field (expected one of: schemaVersion,')
# --- limits ---
t = tree(); t['hyperscalers'][1]['name'] = 'Microsoft'
w('duplicate-hyperscaler-names.gapx.json', dump(t), "hyperscalers[1].name: 'Microsoft' is already used")
t = tree(); t['hyperscalers'] = [{'name': 'Co %d' % i, 'capexUsdB': 1, 'growthPct': 0, 'aiSharePct': 50} for i in range(51)]
w('51-hyperscalers.gapx.json', dump(t), 'hyperscalers has 51 entries; at most 50 are allowed')
t = tree(); t['megaProjects'] = [{'name': 'P %d' % i, 'startYear': 2025, 'years': 2, 'totalUsdB': 1} for i in range(51)]
w('51-mega-projects.gapx.json', dump(t), 'megaProjects has 51 entries; at most 50 are allowed')
t = tree(); t['uncertainty'] = [{'param': 'chips.supplyGrowthPct', 'dist': 'uniform', 'low': 10, 'high': 50}] * 101
w('101-uncertainty-entries.gapx.json', dump(t), 'uncertainty has 101 entries; at most 100 are allowed')
w('name-201-characters.gapx.json', rep('"name": "Bad-file corpus base"', '"name": "' + 'N' * 201 + '"'), 'name has 201 characters; it must have 1..200')
w('hyperscaler-name-empty.gapx.json', rep('"name": "Amazon"', '"name": ""'), 'hyperscalers[1].name has 0 characters')
# --- uncertainty ---
w('uncertainty-bad-dist.gapx.json', rep('"dist": "triangular"', '"dist": "gaussian"'), 'uncertainty[0].dist = "gaussian" is not a distribution')
w('uncertainty-low-above-high.gapx.json', rep('"low": 10, "mode": 30, "high": 50', '"low": 50, "mode": 30, "high": 10'), 'uncertainty[0] (chips.supplyGrowthPct): expected low <= mode <= high')
w('uncertainty-missing-mode.gapx.json', rep('"low": 10, "mode": 30, "high": 50', '"low": 10, "high": 50'), 'uncertainty[0].mode is missing')
w('uncertainty-extra-param.gapx.json', rep('"low": 10, "mode": 30, "high": 50', '"low": 10, "mode": 30, "high": 50, "sd": 3'), 'uncertainty[0].sd: unknown field')
w('uncertainty-bounds-outside-range.gapx.json', rep('"param": "chips.supplyGrowthPct", "dist": "triangular", "low": 10, "mode": 30, "high": 50', '"param": "depin.sellSharePct", "dist": "uniform", "low": 50, "high": 150'), 'low and high must lie in the parameter\'s valid range 0..100')
w('uncertainty-lognormal-zero.gapx.json', rep('"dist": "triangular", "low": 10, "mode": 30, "high": 50', '"dist": "lognormal", "p5": 0, "p95": 3'), 'p5 and p95 must both be > 0')
w('uncertainty-normal-negative-sd.gapx.json', rep('"dist": "triangular", "low": 10, "mode": 30, "high": 50', '"dist": "normal", "mean": 30, "sd": -1'), 'sd (-1.0) must be >= 0')
w('uncertainty-unknown-path.gapx.json', rep('"param": "chips.supplyGrowthPct"', '"param": "depin.moonFactor"'), "uncertainty[0].param: 'depin.moonFactor' is not a numeric parameter path")
t = tree(); del t['chips']['shock']; t['uncertainty'][0]['param'] = 'chips.shock.supplyCutPct'; t['uncertainty'][0].update(low=10, mode=30, high=50)
w('uncertainty-path-into-absent-shock.gapx.json', dump(t), 'uncertainty[0].param: chips.shock.supplyCutPct: chips.shock is absent (the scenario has no supply shock)')
w('uncertainty-unknown-company.gapx.json', rep('"param": "chips.supplyGrowthPct"', '"param": "hyperscalers[Nvidia].growthPct"'), "uncertainty[0].param: hyperscalers[Nvidia].growthPct: no entry named 'Nvidia' in hyperscalers")
w('uncertainty-start-year.gapx.json', rep('"param": "chips.supplyGrowthPct", "dist": "triangular", "low": 10, "mode": 30, "high": 50', '"param": "startYear", "dist": "uniform", "low": 2024, "high": 2026'), 'uncertainty[0].param = startYear cannot be uncertain')
w('uncertainty-entry-string.gapx.json', dump({**tree(), 'uncertainty': ['chips.supplyGrowthPct']}), 'uncertainty[0]: expected an object')
# --- sources ---
w('sources-non-string.gapx.json', rep('"depin.newIncentiveCapUsdB": "Essay: a further 80 B over 3-5 years"', '"depin.newIncentiveCapUsdB": 80'), 'sources.depin.newIncentiveCapUsdB: expected a string but found a number (80)')
w('sources-bad-key.gapx.json', rep('"depin.newIncentiveCapUsdB": "Essay', '"depin..x": "Essay'), "sources: the key 'depin..x' is not a parameter path")
w('sources-list.gapx.json', rep('"sources": { "depin.newIncentiveCapUsdB": "Essay: a further 80 B over 3-5 years" }', '"sources": ["Essay"]'), 'sources: expected an object but found a list')

# --- schema version 2 (MODEL.md section 7) ---
def v2tree():
    t = tree()
    t['schemaVersion'] = 2
    t['depin'].update(priceImpactElasticity=0.5, usageRevenueUsdB=0.1, usageRevenueGrowthPct=50, tailEmissionPctPerYear=2)
    t['chips']['priceFlexPct'] = 20
    t['actuals'] = [{'series': 'hyperscalerCapexUsdB', 'company': 'Microsoft', 'year': 2025, 'value': 118,
                     'source': 'Microsoft 10-Q filings, calendar 2025', 'asOf': '2026-01-28'}]
    return t
def v2case(name, change, fragment):
    t = v2tree()
    change(t)
    w(name, dump(t), fragment)
json.dumps(v2tree())
for field in ['priceImpactElasticity', 'usageRevenueUsdB', 'usageRevenueGrowthPct', 'tailEmissionPctPerYear']:
    t = tree(); t['depin'][field] = 1
    w('v1-with-' + field + '.gapx.json', dump(t), 'depin.' + field + ' needs schemaVersion 2 (the file declares schemaVersion 1')
t = tree(); t['chips']['priceFlexPct'] = 10
w('v1-with-priceFlexPct.gapx.json', dump(t), 'chips.priceFlexPct needs schemaVersion 2')
t = tree(); t['actuals'] = v2tree()['actuals']
w('v1-with-actuals.gapx.json', dump(t), 'actuals needs schemaVersion 2')
t = tree(); t['uncertainty'][0] = {'param': 'depin.usageRevenueUsdB', 'dist': 'uniform', 'low': 0, 'high': 1}
w('v1-with-uncertain-usage-revenue.gapx.json', dump(t), 'uncertainty[0].param = depin.usageRevenueUsdB needs schemaVersion 2')
v2case('v2-elasticity-5.1.gapx.json', lambda t: t['depin'].update(priceImpactElasticity=5.1), 'depin.priceImpactElasticity = 5.1 is out of range 0..5')
v2case('v2-elasticity-negative.gapx.json', lambda t: t['depin'].update(priceImpactElasticity=-0.1), 'depin.priceImpactElasticity = -0.1 is out of range 0..5')
v2case('v2-usage-negative.gapx.json', lambda t: t['depin'].update(usageRevenueUsdB=-1), 'depin.usageRevenueUsdB = -1 is out of range: it must be >= 0')
v2case('v2-usage-growth-minus-100.gapx.json', lambda t: t['depin'].update(usageRevenueGrowthPct=-100), 'depin.usageRevenueGrowthPct = -100 is out of range: it must be > -100 and <= 1000')
v2case('v2-tail-101.gapx.json', lambda t: t['depin'].update(tailEmissionPctPerYear=101), 'depin.tailEmissionPctPerYear = 101 is out of range 0..100')
v2case('v2-flex-1001.gapx.json', lambda t: t['chips'].update(priceFlexPct=1001), 'chips.priceFlexPct = 1001 is out of range 0..1000')
v2case('v2-flex-string.gapx.json', lambda t: t['chips'].update(priceFlexPct='20'), 'chips.priceFlexPct: expected a number but found a string ("20")')
v2case('v2-elasticity-typo.gapx.json', lambda t: t['depin'].update(priceImpactElasticty=1), "depin.priceImpactElasticty: unknown field, did you mean 'priceImpactElasticity'?")
def a(**kw):
    def change(t):
        for k, v in kw.items():
            if v is None:
                del t['actuals'][0][k]
            else:
                t['actuals'][0][k] = v
    return change
v2case('actual-series-unknown.gapx.json', a(series='capex'), 'actuals[0].series = "capex" is not an output column')
v2case('actual-series-year.gapx.json', a(series='year'), 'actuals[0].series = "year" is not an output column')
v2case('actual-series-number.gapx.json', a(series=3), 'actuals[0].series: expected a string but found a number (3)')
v2case('actual-company-wrong-series.gapx.json', a(series='depinAiCapexUsdB'), 'actuals[0].company: a company is allowed only with hyperscalerCapexUsdB and hyperscalerAiCapexUsdB, not with depinAiCapexUsdB')
v2case('actual-company-unknown.gapx.json', a(company='Meta'), 'actuals[0].company = "Meta" is not a hyperscaler of this file')
v2case('actual-source-missing.gapx.json', a(source=None), 'actuals[0].source is missing (a required field)')
v2case('actual-source-empty.gapx.json', a(source=''), 'actuals[0].source has 0 characters; it must have 1..1000')
v2case('actual-source-1001.gapx.json', a(source='S' * 1001), 'actuals[0].source has 1001 characters; it must have 1..1000')
v2case('actual-year-2101.gapx.json', a(year=2101), 'actuals[0].year = 2101 is out of range 2000..2100')
v2case('actual-year-fraction.gapx.json', a(year=2025.5), 'actuals[0].year = 2025.5 must be a whole number')
v2case('actual-value-negative.gapx.json', a(value=-1), 'actuals[0].value = -1 is out of range: it must be >= 0')
v2case('actual-value-string.gapx.json', a(value='118'), 'actuals[0].value: expected a number but found a string ("118")')
v2case('actual-value-missing.gapx.json', a(value=None), 'actuals[0].value is missing (a required field)')
v2case('actual-asof-feb-30.gapx.json', a(asOf='2025-02-30'), 'actuals[0].asOf = "2025-02-30" is not a valid date (expected YYYY-MM-DD')
v2case('actual-asof-short.gapx.json', a(asOf='2026-1-28'), 'actuals[0].asOf = "2026-1-28" is not a valid date')
v2case('actual-asof-datetime.gapx.json', a(asOf='2026-01-28T10:00:00Z'), 'actuals[0].asOf = "2026-01-28T10:00:00Z" is not a valid date')
v2case('actual-asof-number.gapx.json', a(asOf=20260128), 'actuals[0].asOf: expected a date "YYYY-MM-DD" but found a number (20260128)')
v2case('actual-unknown-field.gapx.json', a(unit='B USD'), 'actuals[0].unit: unknown field')
v2case('actual-entry-string.gapx.json', lambda t: t.update(actuals=['118']), 'actuals[0]: expected an object but found a string ("118")')
v2case('actuals-object.gapx.json', lambda t: t.update(actuals={'series': 'supplyK'}), 'actuals: expected a list [ ... ] but found an object')
v2case('501-actuals.gapx.json', lambda t: t.update(actuals=t['actuals'] * 501), 'actuals has 501 entries; at most 500 are allowed')
# --- hardening (issue 10): numbers out of every range, exact whole numbers, limits, selector-like names ---
w('exponent-overflow-schema-version.gapx.json', rep('"schemaVersion": 1', '"schemaVersion": 1e9999999999'), 'line 2, column 20: the number 1e9999999999 is out of range: its exponent is too large to read')
w('exponent-underflow.gapx.json', rep('"supplyK": 3000', '"supplyK": 1e-2147483649'), 'the number 1e-2147483649 is out of range: its exponent is too large to read')
w('years-almost-five.gapx.json', rep('"years": 5,', '"years": 4.99999999999999999,'), 'years = 4.99999999999999999 must be a whole number')
w('schema-version-almost-one.gapx.json', rep('"schemaVersion": 1', '"schemaVersion": 1.0000000000000001'), 'schemaVersion = 1.0000000000000001 must be a whole number')
w('shock-year-fraction.gapx.json', rep('"year": 2027', '"year": 2027.0000000000000001'), 'chips.shock.year = 2027.0000000000000001 must be a whole number')
t = tree(); t['references'] = [{"label": "r%d" % i, "year": 2024, "usdB": 1} for i in range(201)]
w('201-references.gapx.json', dump(t), 'references has 201 entries; at most 200 are allowed')
t = tree(); t['references'] = [{}] * 1001
w('1001-empty-references.gapx.json', json.dumps(t), 'references has more than 1000 entries; at most 1000 are allowed in any list or object')
t = tree(); t['sources'] = {"hyperscalers[h%d].growthPct" % i: "s" for i in range(1001)}
w('1001-sources.gapx.json', json.dumps(t), 'sources has more than 1000 entries')
t = tree(); t['extra'] = {"list": [[0] * 1001]}
w('1001-entries-in-unknown-field.gapx.json', json.dumps(t), 'extra.list[0] has more than 1000 entries')
t = tree(); t['hyperscalers'] = [dict(h, **{"x%d" % k: 1 for k in range(30)}) for h in t['hyperscalers']] * 1
w('many-problems.gapx.json', dump(t), 'hyperscalers[0].x0: unknown field')
w('company-named-zero.gapx.json', rep('"name": "Amazon"', '"name": "0"'), 'hyperscalers[1].name = "0" cannot name a company: in a parameter path such as hyperscalers[0].x it would read as the index 0')
w('company-named-007.gapx.json', rep('"name": "Microsoft"', '"name": "007"'), 'hyperscalers[0].name = "007" cannot name a company')
w('company-named-star.gapx.json', rep('"name": "Amazon"', '"name": "*"'), 'hyperscalers[1].name = "*" cannot name a company: in a parameter path such as hyperscalers[*].x it would read as every entry')
w('mega-project-named-digits.gapx.json', rep('"name": "Rumoured supercomputer"', '"name": "2026"'), 'megaProjects[0].name = "2026" cannot name a mega project')
w('control-chars-in-company-name.gapx.json', rep('"name": "Microsoft"', '"name": "A\\nB\\u001b[31m"').replace('"name": "Amazon"', '"name": "A\\nB\\u001b[31m"'), "hyperscalers[1].name: 'A\\nB\\u001b[31m' is already used by another hyperscaler")

with open(os.path.join(out, 'expected.tsv'), 'w') as f:
    f.write('# file\texpected fragment of the one-line error message (after "error: FILE: ")\n')
    for name, frag in cases:
        f.write(name + '\t' + frag + '\n')
print(len(cases), 'cases')
