import type { ApiKeyKindName, CreatedApiKey } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import { generateKey } from '../../auth/keys.js';
import { apiKeyView } from '../views.js';

/** Creates a key row (hash only) and returns the one view that carries its secret. */
export async function issueApiKey(
  tx: DbTx,
  input: {
    kind: ApiKeyKindName;
    name: string;
    tenantId?: string | null;
    partnerId?: string | null;
    allowedOrigins?: string[];
  },
): Promise<CreatedApiKey> {
  const generated = generateKey(input.kind);
  const row = await tx.apiKey.create({
    data: {
      id: generated.id,
      kind: input.kind,
      name: input.name,
      secretHash: new Uint8Array(generated.secretHash),
      tenantId: input.tenantId ?? null,
      partnerId: input.partnerId ?? null,
      allowedOrigins: input.allowedOrigins ?? [],
    },
  });
  return { ...apiKeyView(row), secret: generated.token };
}
