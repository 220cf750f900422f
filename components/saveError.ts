import { t } from '@/lib/i18n';
import type { Desk } from '@/lib/panel/desk';
import { isQuotaError } from '@/lib/store/usage';

/** Why a save failed, in the panel's words; when storage is full, with what is stored (what to delete). */
export async function saveErrorText(desk: Desk, err: unknown): Promise<string> {
  if (!isQuotaError(err)) return err instanceof Error ? err.message : String(err);
  const use = await desk.storageUse().catch(() => undefined);
  return t('storage_full', String(use?.evidence ?? '?'), String(use?.responses ?? '?'), String(use?.templates ?? '?'));
}
