import type { Db } from '@scenaro/db';
import type { Redis } from 'ioredis';
import type { Authenticator } from './auth/authenticate.js';
import type { TemplateStore } from './domain/templates/template-store.js';
import type { Config } from './env.js';
import type { JobQueue } from './jobs/queue.js';

/** What the app is built from; tests build it with their own database. */
export interface AppDeps {
  config: Config;
  db: Db;
  redis: Redis;
  templates: TemplateStore;
  authenticator: Authenticator;
  jobs: JobQueue;
}
