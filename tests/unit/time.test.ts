import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/graphIndex';
import { checkIntegrity } from '../../src/domain/integrity';
import { Dataset } from '../../src/domain/schema';
import { slideView } from '../../src/domain/story';
import { compareDates } from '../../src/domain/time/compareDates';
import { monthsBetween } from '../../src/domain/time/months';
import { asOfDay, precisionOf, stretchOf } from '../../src/domain/time/partialDates';
import { isPartialDate } from '../../src/domain/time/partialDateText';
import { NO_TIME_FILTER, timeTest, type TimeFilter } from '../../src/domain/time/timeFilter';
import { timelineLanes } from '../../src/domain/time/lanes';
import { buildTimeIndex, holdsOn, timeIndexFor } from '../../src/domain/time/timeIndex';
import { tinyDataset, tinyIndex, type TinyTuple } from '../helpers/tinyIndex';

const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('partial dates', () => {
  it('covers the whole year, month or day it names, never just its first day', () => {
    expect(precisionOf('2025')).toBe('year');
    expect(stretchOf('2025')).toEqual({ first: utc('2025-01-01'), next: utc('2026-01-01') });
    expect(stretchOf('2024-02')).toEqual({ first: utc('2024-02-01'), next: utc('2024-03-01') });
    expect(stretchOf('2025-12-31')).toEqual({ first: utc('2025-12-31'), next: utc('2026-01-01') });
    expect(stretchOf('2025-12').next).toBe(utc('2026-01-01'));
    expect(stretchOf('2024-02-28').next).toBe(utc('2024-02-29'));
  });

  it('reads an as-of month or year as its last day', () => {
    expect(asOfDay('2025-10')).toBe(utc('2025-10-31'));
    expect(asOfDay('2024-02')).toBe(utc('2024-02-29'));
    expect(asOfDay('2025')).toBe(utc('2025-12-31'));
    expect(asOfDay('2025-11-17')).toBe(utc('2025-11-17'));
  });

  it('lists the months between two instants, both ends included', () => {
    expect(monthsBetween(utc('2025-10-20'), utc('2026-01-01'))).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
  });

  it('accepts only real partial dates', () => {
    expect(['2025', '2025-02', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2025-02-29', '2025-13', '25', '2025-1', ''].some(isPartialDate)).toBe(false);
  });
});

// Poland closes the border in September; a reopening on 17 November ends the closure.
// A drone law holds from 20 October; consultations ran October–November; a year-only
// count in 2024; one relation has no date.
const tuples: TinyTuple[] = [
  ['close', 'poland', 'border_closure', 'belarus', { when: { start: '2025-09' } }],
  ['reopen', 'poland', 'border_reopening', 'belarus', { when: { start: '2025-11-17' }, ends: ['close'] }],
  ['drones', 'belarus', 'disruption', 'smugglers', { when: { start: '2025-10-20' } }],
  ['consult', 'belarus', 'channel', 'eu', { when: { start: '2025-10', end: '2025-11' } }],
  ['balloons', 'smugglers', 'smuggling', 'lithuania', { when: { start: '2024' } }],
  ['ally', 'belarus', 'alliance', 'russia'],
];
const time = buildTimeIndex(z.parse(Dataset, tinyDataset(tuples)));
const span = (id: string) => time.relations.get(id)!;
const shown = (filter: Partial<TimeFilter>) =>
  tuples.map(([id]) => id).filter((id) => timeTest({ ...NO_TIME_FILTER, ...filter })(span(id)));

describe('the time index', () => {
  it('ends a relation when a later one that ends it starts', () => {
    expect(span('close').until).toBe(utc('2025-11-17'));
    expect(span('close').endedBy).toEqual({ kind: 'relation', id: 'reopen' });
    expect(span('consult').until).toBe(utc('2025-12-01'));
    expect(span('drones').until).toBe(Infinity);
  });

  it('counts the undated and runs from the earliest date to the latest publication', () => {
    expect(time.undated).toBe(1);
    expect(time.dated.map((s) => s.id)).toEqual(['balloons', 'close', 'consult', 'drones', 'reopen']);
    // The tiny sources are published in "2025", so the extent runs to the end of 2025.
    expect(time.extent).toEqual({ first: utc('2024-01-01'), next: utc('2026-01-01') });
  });

  it('holds from the first day of its start until it is ended', () => {
    expect(holdsOn(span('drones'), utc('2025-10-19'))).toBe(false);
    expect(holdsOn(span('drones'), utc('2025-10-20'))).toBe(true);
    expect(holdsOn(span('close'), utc('2025-11-16'))).toBe(true);
    expect(holdsOn(span('close'), utc('2025-11-17'))).toBe(false);
  });
});

describe('the map as of a date', () => {
  it('shows what had started and not yet ended, and the undated apart', () => {
    expect(shown({ asOf: '2025-09' })).toEqual(['close', 'balloons', 'ally']);
    expect(shown({ asOf: '2025-10' })).toEqual(['close', 'drones', 'consult', 'balloons', 'ally']);
    expect(shown({ asOf: '2025-12' })).toEqual(['reopen', 'drones', 'balloons', 'ally']);
    expect(shown({ asOf: '2025-12', hideUndated: true })).toEqual(['reopen', 'drones', 'balloons']);
  });

  it('before any date, shows only the undated', () => {
    expect(shown({ asOf: '2023' })).toEqual(['ally']);
  });

  it('in a period, shows the relations the texts date inside it', () => {
    expect(shown({ period: { from: '2025-11', to: '2025-11' } })).toEqual(['reopen', 'consult', 'ally']);
    expect(shown({ period: { from: '2024-03', to: '2024-04' } })).toEqual(['balloons', 'ally']);
  });
});

describe('comparing two dates', () => {
  it('says what began, ended, came and went, or held on both', () => {
    const { changes, undated } = compareDates(time, '2025-09', '2025-12');
    expect(Object.fromEntries(changes)).toEqual({
      reopen: 'added',
      drones: 'added',
      close: 'ended',
      consult: 'passed',
      balloons: 'unchanged',
    });
    expect(undated).toBe(1);
  });

  it('reads the two dates in order, whichever comes first', () => {
    const later = compareDates(time, '2025-12', '2025-09');
    expect([later.a, later.b]).toEqual(['2025-09', '2025-12']);
    expect(later.changes.get('close')).toBe('ended');
  });
});

describe('the timeline’s lanes', () => {
  const index = tinyIndex(tuples);
  const timeOf = timeIndexFor(index);

  it('groups dated relations by category, earliest lane first, undated left out', () => {
    const lanes = timelineLanes(index, timeOf, 'category', 0);
    expect(lanes.map((l) => l.label)).toEqual(['Illicit', 'Coercion', 'Channel', 'Concession']);
    const ids = lanes.flatMap((l) => l.rows.flat().map((m) => m.id));
    expect(ids.sort()).toEqual(['balloons', 'close', 'consult', 'drones', 'reopen']);
  });

  it('groups by the actor each relation starts from, and stacks marks that would overlap', () => {
    const lanes = timelineLanes(index, timeOf, 'actor', 0);
    const poland = lanes.find((l) => l.key === 'poland')!;
    // The closure (September) and the reopening (17 November) do not overlap: one row.
    expect(poland.rows.map((row) => row.map((m) => m.id))).toEqual([['close', 'reopen']]);
    // Drawn at least 90 days wide, the September closure would reach past 17 November: two rows.
    const wide = timelineLanes(index, timeOf, 'actor', 90 * 86_400_000).find((l) => l.key === 'poland')!;
    expect(wide.rows.map((row) => row.map((m) => m.id))).toEqual([['close'], ['reopen']]);
  });
});

describe('dates in a story and in the checks', () => {
  const withStory = (asOf: string) =>
    z.parse(Dataset, {
      ...tinyDataset(tuples),
      stories: [
        {
          id: 'border',
          title: 'The border',
          slides: [{ title: 'Autumn', text: 't', show: ['close', 'reopen', 'drones', 'ally'], asOf }],
        },
      ],
    });

  it('shows a slide as of its date: what had not started or had ended leaves it, the undated stay', () => {
    const dataset = withStory('2025-10');
    const index = buildIndex(dataset, []);
    expect([...slideView(index, dataset.stories[0]!, 0).relations].sort()).toEqual([
      'ally',
      'close',
      'drones',
    ]);
    const later = withStory('2025-12');
    expect([...slideView(buildIndex(later, []), later.stories[0]!, 0).relations].sort()).toEqual([
      'ally',
      'drones',
      'reopen',
    ]);
  });

  it('refuses an "ends" that names no relation, or a relation that ends others without a date', () => {
    const dataset = z.parse(Dataset, tinyDataset(tuples));
    const broken = {
      ...dataset,
      relations: dataset.relations.map((r) =>
        r.id === 'ally' ? { ...r, ends: ['close'] } : r.id === 'reopen' ? { ...r, ends: ['nowhere'] } : r,
      ),
    };
    const texts = { a: dataset.relations.map((r) => `${r.id} quote`).join(' '), b: '' };
    const errors = checkIntegrity(broken, texts).issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.path).sort()).toEqual(['relations[1].ends[0]', 'relations[5].ends']);
    expect(errors.find((e) => e.path === 'relations[5].ends')?.message).toMatch(/has no date/);
  });
});
