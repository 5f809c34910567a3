import type { ConsoleSessionView, LoginBody } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { consolePrincipal } from '../../auth/console-principal.js';
import { generateConsoleToken } from '../../auth/console-tokens.js';
import {
  hashPassword,
  needsRehash,
  verifyAgainstNothing,
  verifyPassword,
} from '../../auth/passwords.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { consoleUserView } from './console-user-view.js';
import type { SignInThrottle } from './sign-in-throttle.js';

/**
 * Signs a console user in: a new session whose token is returned once. An unknown email, a
 * wrong password and a disabled account get the same answer after the same work, so the
 * answer does not tell who has an account.
 */
export async function signIn({
  db,
  throttle,
  ttlHours,
  body,
}: {
  db: Db;
  throttle: SignInThrottle;
  ttlHours: number;
  body: LoginBody;
}): Promise<ConsoleSessionView> {
  await throttle.check(body.email);
  const user = await db.consoleUser.findUnique({ where: { email: body.email } });
  const valid = user
    ? await verifyPassword(body.password, user.passwordHash)
    : await verifyAgainstNothing(body.password);
  if (!user || !valid || user.disabledAt) {
    await throttle.fail(body.email);
    throw new AppError('invalid_credentials', 'The email or the password is not right.');
  }
  await throttle.clear(body.email);
  // Hashes made with older, weaker parameters are upgraded while the password is at hand.
  const upgradedHash = needsRehash(user.passwordHash)
    ? await hashPassword(body.password)
    : undefined;
  const generated = generateConsoleToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  return db.$transaction(async (tx) => {
    await tx.consoleSession.create({
      data: {
        id: generated.sessionId,
        userId: user.id,
        secretHash: new Uint8Array(generated.secretHash),
        expiresAt,
      },
    });
    const updated = await tx.consoleUser.update({
      where: { id: user.id },
      data: { lastLoginAt: now, ...(upgradedHash && { passwordHash: upgradedHash }) },
    });
    await recordAudit(tx, consolePrincipal(updated, { id: generated.sessionId, expiresAt }), {
      tenantId: updated.tenantId,
      action: 'console_user.signed_in',
      targetType: 'console_user',
      targetId: updated.id,
      details: { sessionId: generated.sessionId },
    });
    return {
      token: generated.token,
      expiresAt: expiresAt.toISOString(),
      user: consoleUserView(updated),
    };
  });
}
