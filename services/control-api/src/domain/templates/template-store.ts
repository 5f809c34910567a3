import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Orientation, validateOrientationSource } from '@scenaro/orientation';
import { AppError } from '../../errors.js';

/** Orientation templates (`orientations/<slug>.yaml`) a tenant can be created from. */
export interface TemplateStore {
  get(slug: string): Promise<Orientation>;
  list(): Promise<string[]>;
}

/** Reads templates from a folder, validating each once; a broken template is a server fault. */
export function createTemplateStore(dir: string): TemplateStore {
  const cache = new Map<string, Promise<Orientation>>();

  async function list(): Promise<string[]> {
    const files = await readdir(dir);
    return files
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.slice(0, -5))
      .sort();
  }

  async function load(slug: string): Promise<Orientation> {
    const text = await readFile(join(dir, `${slug}.yaml`), 'utf8');
    const result = validateOrientationSource(text, 'yaml');
    if (!result.ok) {
      const first = result.issues[0];
      throw new Error(`Template ${slug} is invalid: ${first?.path}: ${first?.message}`);
    }
    return result.orientation;
  }

  return {
    list,
    async get(slug) {
      const available = await list();
      if (!available.includes(slug)) {
        throw new AppError('invalid_request', `There is no template "${slug}".`, {
          details: [{ path: 'template', message: `available templates: ${available.join(', ')}` }],
        });
      }
      let pending = cache.get(slug);
      if (!pending) {
        pending = load(slug);
        cache.set(slug, pending);
        pending.catch(() => cache.delete(slug));
      }
      return pending;
    },
  };
}
