import { AppError } from '../../errors.js';

/** The 404 for a session that does not exist or belongs to another tenant. */
export function sessionNotFound(sessionId: string): AppError {
  return new AppError('not_found', `No session ${sessionId}.`);
}

/** The refusal of a change to a session that has ended. */
export function sessionEnded(): AppError {
  return new AppError('session_ended', 'This conversation has ended; nothing can be changed now.');
}
