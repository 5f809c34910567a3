import { describe, expect, it } from 'vitest';
import { fromVariableRows, toVariableRows } from './variables';

describe('tenant variables in the form', () => {
  it('round-trips values, keeping each value’s type', () => {
    const previous = { shop_name: 'Cave', free_delivery_from: 100, open_sunday: false };
    const rows = toVariableRows(previous);
    expect(rows).toEqual([
      { name: 'shop_name', value: 'Cave' },
      { name: 'free_delivery_from', value: '100' },
      { name: 'open_sunday', value: 'false' },
    ]);
    const edited = rows.map((row) =>
      row.name === 'free_delivery_from' ? { ...row, value: '80.5' } : row,
    );
    expect(fromVariableRows(edited, previous)).toEqual({
      shop_name: 'Cave',
      free_delivery_from: 80.5,
      open_sunday: false,
    });
  });

  it('keeps a text variable as text even when it reads as a number', () => {
    expect(fromVariableRows([{ name: 'postcode', value: '69001' }], { postcode: '75001' })).toEqual(
      {
        postcode: '69001',
      },
    );
  });

  it('types new values that read as numbers or booleans, skips rows without a name', () => {
    expect(
      fromVariableRows([
        { name: ' shop_name ', value: 'Les Vins' },
        { name: 'minimum', value: '25' },
        { name: 'open', value: 'true' },
        { name: 'phone', value: '04 65 71 12 34' },
        { name: '', value: 'lost' },
      ]),
    ).toEqual({ shop_name: 'Les Vins', minimum: 25, open: true, phone: '04 65 71 12 34' });
  });

  it('sends the text of a number variable that no longer reads as one (the API says why)', () => {
    expect(fromVariableRows([{ name: 'minimum', value: 'lots' }], { minimum: 10 })).toEqual({
      minimum: 'lots',
    });
  });
});
