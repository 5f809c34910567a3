import type { ConsoleUserView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { consoleUserView } from './console-user-view.js';
import { findVisibleUser } from './user-scope.js';

/** One console user the caller may see (404 otherwise). */
export async function getConsoleUser({
  db,
  principal,
  userId,
}: {
  db: Db;
  principal: Principal;
  userId: string;
}): Promise<ConsoleUserView> {
  return consoleUserView(await findVisibleUser(db, principal, userId));
}
