import type { ConsoleUserView } from '@scenaro/api-contract';
import { listPage } from '../providers/pagination';
import type { ResourceAdapter } from '../providers/resource-adapter';

/** A console user as the screens use it: `disabled` as a switch, never a password. */
export interface UserRecord extends ConsoleUserView {
  disabled: boolean;
}

function toRecord(user: ConsoleUserView): UserRecord {
  return { ...user, disabled: user.disabledAt !== null };
}

/** Only what changed, as `PATCH /v1/console/users/{id}` wants it (an empty password keeps it). */
export function userChanges(
  data: Partial<UserRecord> & { password?: string },
  previous: Partial<UserRecord> | undefined,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const name = typeof data.name === 'string' ? data.name.trim() : undefined;
  if (name !== undefined && name !== previous?.name) changes.name = name;
  if (data.role !== undefined && data.role !== previous?.role) changes.role = data.role;
  if (data.password) changes.password = data.password;
  if (data.disabled !== undefined && Boolean(data.disabled) !== Boolean(previous?.disabled)) {
    changes.disabled = Boolean(data.disabled);
  }
  return changes;
}

const path = (id: unknown) => `/v1/console/users/${encodeURIComponent(String(id))}`;

/** Console users in the signed-in admin's scope (the API decides which). */
export const usersAdapter: ResourceAdapter<UserRecord> = {
  getList: ({ api }, params) =>
    listPage(api, '/v1/console/users', params, {
      query: { tenantId: params.filter?.tenantId || undefined },
      map: toRecord,
    }),
  async getOne({ api }, { id }) {
    return toRecord((await api.request<ConsoleUserView>(path(id))).data);
  },
  async create({ api }, { data }) {
    const { data: created } = await api.request<ConsoleUserView>('/v1/console/users', {
      method: 'POST',
      body: {
        email: String(data.email ?? '').trim(),
        name: String(data.name ?? '').trim(),
        password: String(data.password ?? ''),
        role: data.role,
        tenantId: data.tenantId || null,
      },
    });
    return toRecord(created);
  },
  async update({ api }, { id, data, previousData }) {
    const changes = userChanges(data, previousData);
    if (Object.keys(changes).length === 0) return previousData as UserRecord;
    const { data: updated } = await api.request<ConsoleUserView>(path(id), {
      method: 'PATCH',
      body: changes,
    });
    return toRecord(updated);
  },
  async delete({ api }, { id, previousData }) {
    await api.request(path(id), { method: 'DELETE' });
    return (previousData ?? { id }) as UserRecord;
  },
};
