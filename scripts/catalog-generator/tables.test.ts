import { describe, expect, it } from 'vitest';
import { PROFILES } from './profiles.js';
import { APPELLATIONS, REGION_INFO } from './regions.js';
import { BODY_STYLES, REFERENCE_YEAR, REGIONS, SWEETNESS } from './types.js';

const all = REGIONS.flatMap((region) => APPELLATIONS[region].map((app) => ({ region, app })));

describe('reference tables', () => {
  it('cover every region, each with a share of the catalogue', () => {
    for (const region of REGIONS) expect(APPELLATIONS[region].length).toBeGreaterThan(0);
    expect(REGION_INFO.map((i) => i.region).sort()).toEqual([...REGIONS].sort());
  });

  it('file each appellation under its own region', () => {
    for (const { region, app } of all) expect(app.region).toBe(region);
  });

  it('have sane bands, blends and years', () => {
    for (const { app } of all) {
      expect(app.soils.length).toBeGreaterThan(0);
      for (const style of app.styles) {
        const where = `${app.name} ${style.label ?? ''}`;
        const [lo, hi] = style.price;
        expect(lo, where).toBeGreaterThanOrEqual(5);
        expect(hi, where).toBeLessThanOrEqual(250);
        expect(hi - lo, where).toBeGreaterThanOrEqual(3);
        expect(style.grapes.length, where).toBeGreaterThan(0);
        for (const blend of style.grapes) {
          expect(blend.length, where).toBeGreaterThan(0);
          expect(new Set(blend).size, where).toBe(blend.length);
          for (const grape of blend) expect(grape, where).toMatch(/^[a-zà-ÿœ·' -]+$/i);
        }
        const profile = PROFILES[style.profile];
        const vintages = style.vintages !== undefined ? style.vintages : profile.vintages;
        if (vintages) {
          expect(vintages[0], where).toBeLessThanOrEqual(vintages[1]);
          expect(vintages[1], where).toBeLessThanOrEqual(REFERENCE_YEAR - 1);
        }
        const alcohol = style.alcohol ?? profile.alcohol;
        expect(alcohol[0], where).toBeLessThanOrEqual(alcohol[1]);
        if (style.body) expect(BODY_STYLES).toContain(style.body);
        if (style.sweetness) expect(SWEETNESS).toContain(style.sweetness);
      }
    }
  });

  it('give every profile enough words to vary', () => {
    for (const [id, p] of Object.entries(PROFILES)) {
      expect(p.aromas.length, id).toBeGreaterThanOrEqual(5);
      expect(p.mouth.length, id).toBeGreaterThanOrEqual(2);
      expect(p.pairings.length, id).toBeGreaterThanOrEqual(5);
      expect(
        p.temperatures.every((t) => /^\d{1,2}-\d{1,2} °C$/.test(t)),
        id,
      ).toBe(true);
    }
  });

  it('use straight apostrophes only', () => {
    expect(JSON.stringify({ APPELLATIONS, PROFILES })).not.toMatch(/[’‘]/);
  });
});
