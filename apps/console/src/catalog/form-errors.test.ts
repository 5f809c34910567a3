import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { withFieldErrors } from './form-errors';
import { PRODUCT_ERROR_OPTIONS } from './product-records';

const errorsOf = (error: unknown) => (error as ApiError).body.errors as Record<string, unknown>;

describe('withFieldErrors', () => {
  it('places product problems on their inputs; an unknown path goes to the top of the form', () => {
    const error = new ApiError(422, 'validation_failed', 'The product is not valid.', [
      { path: 'priceCents', message: 'must be at most 100000000' },
      { path: 'attributes.color', message: 'must be one of rouge, blanc' },
      { path: 'currency', message: 'must be EUR' },
    ]);
    expect(errorsOf(withFieldErrors(error, PRODUCT_ERROR_OPTIONS))).toEqual({
      price: 'must be at most 100000000',
      'attributes.color': 'must be one of rouge, blanc',
      root: { serverError: 'currency: must be EUR' },
    });
  });

  it("puts a refused import file's header problems on the file input, with the API's message", () => {
    const error = new ApiError(400, 'invalid_request', 'The CSV header is not usable.', [
      { path: 'header.price', message: 'is missing' },
      { path: 'header', message: 'expected columns: sku, name, price' },
    ]);
    expect(errorsOf(withFieldErrors(error, { known: () => false, field: 'file' }))).toEqual({
      file: 'The CSV header is not usable. · header.price: is missing · header: expected columns: sku, name, price',
    });
  });

  it('puts a detail-less 415 on the given field, and leaves other errors alone', () => {
    const unsupported = new ApiError(
      415,
      'unsupported_media_type',
      'Send text/csv or application/json.',
    );
    expect(errorsOf(withFieldErrors(unsupported, { field: 'file' }))).toEqual({
      file: 'Send text/csv or application/json.',
    });
    const forbidden = new ApiError(403, 'forbidden', 'No.', [{ path: 'x', message: 'y' }]);
    expect(withFieldErrors(forbidden, { field: 'file' })).toBe(forbidden);
    expect((forbidden.body as { errors?: unknown }).errors).toBeUndefined();
    const noDetails = new ApiError(409, 'conflict', 'Exists.');
    expect((withFieldErrors(noDetails) as ApiError).body.errors).toBeUndefined();
  });
});
