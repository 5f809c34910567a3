import { z } from 'zod';
import { isoDate } from './common.js';

// Console users: people who sign in to the console with an email and a password. A user is
// platform-wide (`tenantId` null) or limited to one tenant, with one role:
//   viewer  reads everything in scope;
//   editor  also edits orientations, catalogue, knowledge and uses the playground;
//   admin   also manages tenants, partners, API keys and console users in scope.
// A signed-in user calls the same API as a key holder, with `Authorization: Bearer <token>`.

const id = z.string().min(1).max(64);

export const consoleRoles = ['admin', 'editor', 'viewer'] as const;
export const consoleRoleSchema = z.enum(consoleRoles);
export type ConsoleRole = z.infer<typeof consoleRoleSchema>;

/** The lowest role that may do each kind of operation (viewer < editor < admin). */
export const CONSOLE_ROLE_RANK: Record<ConsoleRole, number> = { viewer: 0, editor: 1, admin: 2 };

export const emailSchema = z.string().trim().toLowerCase().email().max(254);
/** Long passphrases welcome; the cap only bounds the hashing work per request. */
export const passwordSchema = z.string().min(12, 'must be at least 12 characters').max(256);

export const consoleUserParamsSchema = z.object({ userId: id }).strict();

/** A console user as listed: never the password hash. */
export const consoleUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: consoleRoleSchema,
  tenantId: z.string().nullable().describe('null: platform-wide'),
  createdAt: isoDate,
  lastLoginAt: isoDate.nullable(),
  disabledAt: isoDate.nullable(),
});
export type ConsoleUserView = z.infer<typeof consoleUserSchema>;

/** `POST /v1/console/sessions` (no key needed): sign in. */
export const loginBodySchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(256) })
  .strict();
export type LoginBody = z.infer<typeof loginBodySchema>;

export const consoleSessionSchema = z.object({
  token: z.string().describe('Send as `Authorization: Bearer <token>`; shown once'),
  expiresAt: isoDate,
  user: consoleUserSchema,
});
export type ConsoleSessionView = z.infer<typeof consoleSessionSchema>;

/** `GET /v1/console/me`: the signed-in user and when the sign-in expires. */
export const consoleMeSchema = z.object({ user: consoleUserSchema, expiresAt: isoDate });
export type ConsoleMe = z.infer<typeof consoleMeSchema>;

export const listConsoleUsersQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().min(1).max(200).optional(),
    tenantId: id.optional().describe('Only the users of this tenant'),
  })
  .strict();
export type ListConsoleUsersQuery = z.infer<typeof listConsoleUsersQuerySchema>;

export const createConsoleUserBodySchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(100),
    password: passwordSchema,
    role: consoleRoleSchema,
    tenantId: id.nullable().default(null).describe('null: platform-wide (platform admins only)'),
  })
  .strict();
export type CreateConsoleUserBody = z.input<typeof createConsoleUserBodySchema>;

export const updateConsoleUserBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    role: consoleRoleSchema.optional(),
    password: passwordSchema.optional(),
    disabled: z.boolean().optional().describe('A disabled user is signed out at once'),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'nothing to change');
export type UpdateConsoleUserBody = z.infer<typeof updateConsoleUserBodySchema>;
