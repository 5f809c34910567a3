import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { originErrorsAtBox, parseOrigins } from './origins';

describe('allowed origins box', () => {
  it('reads one origin per line, commas or spaces, without trailing slashes', () => {
    expect(
      parseOrigins('https://a.example/\n  https://b.example, http://localhost:4321 \n\n'),
    ).toEqual(['https://a.example', 'https://b.example', 'http://localhost:4321']);
    expect(parseOrigins(undefined)).toEqual([]);
  });

  it('moves the API’s per-origin errors onto the box, naming the origin', () => {
    const error = new ApiError(400, 'invalid_request', 'The request is not valid.', [
      { path: 'body.allowedOrigins.1', message: 'must be an origin' },
      { path: 'body.name', message: 'required' },
    ]);
    const moved = originErrorsAtBox(error, ['https://a.example', 'https://b.example/x'], 'box');
    expect(moved).toBeInstanceOf(ApiError);
    expect((moved as ApiError).details).toEqual([
      { path: 'box', message: 'https://b.example/x: must be an origin' },
      { path: 'body.name', message: 'required' },
    ]);
    expect(((moved as ApiError).body as { errors: Record<string, unknown> }).errors.box).toBe(
      'https://b.example/x: must be an origin',
    );
  });

  it('leaves other errors alone', () => {
    const other = new Error('boom');
    expect(originErrorsAtBox(other, [], 'box')).toBe(other);
  });
});
