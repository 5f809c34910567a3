import type { OrientationSummary } from '@scenaro/api-contract';
import { describe, expect, it } from 'vitest';
import { pageOfOrientations } from './adapter';

const summary = (slug: string, name: string, updatedAt: string): OrientationSummary => ({
  slug,
  name,
  currentVersion: 1,
  hasUnpublishedChanges: false,
  updatedAt,
  updatedBy: 'k',
});

const items = [
  summary('caviste', 'Caviste', '2026-01-02T00:00:00Z'),
  summary('fromager', 'Fromager', '2026-01-03T00:00:00Z'),
  summary('boulanger', 'Boulanger', '2026-01-01T00:00:00Z'),
];

describe('orientations list', () => {
  it('uses the slug as the record id and pages after sorting', () => {
    const page = pageOfOrientations(items, {
      sort: { field: 'updatedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 2 },
      filter: {},
    });
    expect(page.total).toBe(3);
    expect(page.data.map((item) => item.id)).toEqual(['fromager', 'caviste']);
    const second = pageOfOrientations(items, {
      sort: { field: 'updatedAt', order: 'DESC' },
      pagination: { page: 2, perPage: 2 },
      filter: {},
    });
    expect(second.data.map((item) => item.id)).toEqual(['boulanger']);
  });

  it('filters on slug or name', () => {
    const page = pageOfOrientations(items, {
      sort: { field: 'slug', order: 'ASC' },
      pagination: { page: 1, perPage: 25 },
      filter: { q: 'FROM' },
    });
    expect(page.data.map((item) => item.slug)).toEqual(['fromager']);
  });
});
