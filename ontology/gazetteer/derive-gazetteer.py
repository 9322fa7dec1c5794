#!/usr/bin/env python3
"""Builds newskg's compact gazetteer (places.tsv.gz) and demonym file (demonyms.tsv) from the
offline GeoNames extract in /work/shared/gazetteer (or the folder given as the first argument),
and rewrites the state rows of ../actors.tsv from its countries.tsv, keeping every other row.

Python 3, standard library only; deterministic (gzip mtime 0, rows in source order).
usage: python3 derive-gazetteer.py [SOURCE_DIR]
"""
import csv, gzip, io, pathlib, re, sys, unicodedata

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '/work/shared/gazetteer')
ATTRIBUTION = [
    '# newskg gazetteer, derived from GeoNames (https://www.geonames.org/) by derive-gazetteer.py.',
    '# Licence: Creative Commons Attribution 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).',
    '# Contains data from GeoNames, filtered and re-formatted; some country and admin1 points are computed',
    '# (see README.md). Provided "as is", without warranty of accuracy, timeliness or completeness.',
]
DEMONYM_ATTRIBUTION = [
    '# Demonyms from mledoze/countries (https://github.com/mledoze/countries), countries.json.',
    '# Licence: Open Database License 1.0 (ODbL, https://opendatacommons.org/licenses/odbl/1.0/).',
    '# Kept apart from the GeoNames data on purpose; a public derived database must also be ODbL.',
]
COLUMNS = ['geonameid', 'name', 'alternatenames', 'lat', 'lon', 'feature_class', 'feature_code',
           'country', 'admin1', 'population']
# Historical divisions and vanished places name nothing a news text means today.
DROPPED_CODES = {'PPLH', 'PPLQ', 'PCLH'}
# Seats of government used as metonymy for their state ("the Kremlin said"): curated, not derived.
SEATS = {'RU': ['Kremlin'], 'US': ['White House'], 'GB': ['Downing Street', 'Whitehall'],
         'FR': ['Elysee', 'Élysée'], 'UA': ['Bankova'], 'CN': ['Zhongnanhai']}
# Short forms and abbreviations news use for states, beyond GeoNames' alternates.
SHORT_NAMES = {'US': ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
               'GB': ['UK', 'U.K.', 'Britain', 'Great Britain'],
               'RU': ['Russian Federation'], 'KR': ['South Korea'], 'KP': ['North Korea'],
               'AE': ['UAE'], 'CD': ['DRC', 'DR Congo']}


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def dropped(row):
    code = row['feature_code']
    return code in DROPPED_CODES or (row['feature_class'] == 'A' and code.endswith('H'))


def place_line(row):
    alternates = [a for a in row['alternatenames'].split(',') if a]
    if row['asciiname'] and row['asciiname'] != row['name'] and row['asciiname'] not in alternates:
        alternates.insert(0, row['asciiname'])
    values = [row['geonameid'], row['name'], ','.join(alternates), row['lat'], row['lon'],
              row['feature_class'], row['feature_code'], row['country'], row['admin1'],
              row['population'] or '0']
    return '\t'.join(values)


def write_places(rows):
    kept = [place_line(r) for r in rows if not dropped(r)]
    text = '\n'.join(ATTRIBUTION + ['\t'.join(COLUMNS)] + kept) + '\n'
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode='wb', mtime=0, compresslevel=9) as gz:
        gz.write(text.encode('utf-8'))
    (HERE / 'places.tsv.gz').write_bytes(buffer.getvalue())
    return len(kept), len(buffer.getvalue())


def write_demonyms():
    lines = DEMONYM_ATTRIBUTION + ['iso\tdemonym_m\tdemonym_f']
    for r in read_tsv(SOURCE / 'demonyms.tsv'):
        if r['demonym_en_m']:
            lines.append('\t'.join([r['iso'], r['demonym_en_m'], r['demonym_en_f']]))
    (HERE / 'demonyms.tsv').write_text('\n'.join(lines) + '\n', encoding='utf-8')
    return len(lines) - len(DEMONYM_ATTRIBUTION) - 1


def slug(text):
    folded = unicodedata.normalize('NFKD', text).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+', '-', folded).strip('-')


def state_rows(places):
    by_id = {r['geonameid']: r for r in places}
    rows = []
    for c in read_tsv(SOURCE / 'countries.tsv'):
        country = by_id.get(c['geonameid'])
        aliases = [a for a in (country['alternatenames'].split(',') if country else []) if a]
        aliases += SHORT_NAMES.get(c['iso'], []) + SEATS.get(c['iso'], [])
        capital = [c['capital']] if c['capital'] else []
        rows.append([slug(c['name']), c['name'], 'state', c['iso'], '|'.join(dict.fromkeys(aliases)),
                     '|'.join(capital)])
    return rows


def write_actors(places):
    path = HERE.parent / 'actors.tsv'
    header = ['slug', 'label', 'kind', 'country', 'aliases', 'metonyms']
    comments, others = [], []
    if path.exists():
        for line in path.read_text(encoding='utf-8').splitlines():
            if line.startswith('#'):
                comments.append(line)
            elif line and not line.startswith('slug\t') and line.split('\t')[2] != 'state':
                others.append(line)
    states = ['\t'.join(r) for r in state_rows(places)]
    path.write_text('\n'.join(comments + ['\t'.join(header)] + states + others) + '\n', encoding='utf-8')
    return len(states), len(others)


def main():
    places = read_tsv(SOURCE / 'places.tsv')
    kept, size = write_places(places)
    print(f'places.tsv.gz: {kept} rows of {len(places)}, {size} bytes')
    print(f'demonyms.tsv: {write_demonyms()} rows')
    states, others = write_actors(places)
    print(f'actors.tsv: {states} state rows, {others} other rows kept')


if __name__ == '__main__':
    main()
