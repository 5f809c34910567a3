import type { ConsoleUserView, createConsoleUserBodySchema } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { z } from 'zod';
import { hashPassword } from '../../auth/passwords.js';
import type { Principal } from '../../auth/principal.js';
import { assertTenantVisible } from '../../auth/tenant-access.js';
import { AppError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/record-audit.js';
import { consoleUserView } from './console-user-view.js';

/**
 * Creates a console user. Platform-wide users only by a platform admin; a tenant user only in
 * a tenant the caller may see (404 otherwise, as for every tenant it may not see).
 */
export async function createConsoleUser({
  db,
  principal,
  body,
}: {
  db: Db;
  principal: Principal;
  body: z.output<typeof createConsoleUserBodySchema>;
}): Promise<ConsoleUserView> {
  if (body.tenantId === null) {
    if (principal.kind !== 'admin') {
      throw new AppError('forbidden', 'Only a platform admin may create platform-wide users.', {
        details: [{ path: 'body.tenantId', message: 'name one of your tenants' }],
      });
    }
  } else {
    await assertTenantVisible({ db, principal, tenantId: body.tenantId });
  }
  // Hashed before the transaction: tens of milliseconds of work need not hold a connection.
  const passwordHash = await hashPassword(body.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.consoleUser.create({
        data: {
          id: newId('usr'),
          email: body.email,
          name: body.name,
          passwordHash,
          role: body.role,
          tenantId: body.tenantId,
        },
      });
      await recordAudit(tx, principal, {
        tenantId: user.tenantId,
        action: 'console_user.created',
        targetType: 'console_user',
        targetId: user.id,
        details: { email: user.email, role: user.role },
      });
      return consoleUserView(user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'conflict',
        `A console user with the email ${body.email} already exists.`,
        {
          details: [{ path: 'body.email', message: 'is already taken' }],
        },
      );
    }
    throw error;
  }
}
