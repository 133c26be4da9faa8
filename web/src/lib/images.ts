import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/api/problem';

/** What the API accepts (it checks the content; the browser's type guess is only a first filter). */
export const acceptedImageTypes = 'image/jpeg,image/png,image/webp,image/gif';
export const maxImageBytes = 10 * 1024 * 1024;

/** The message for a file the API would refuse anyway, or null. */
export function checkImage(file: File, t: TFunction): string | null {
  if (!acceptedImageTypes.split(',').includes(file.type)) return t('images.wrongType');
  if (file.size > maxImageBytes) return t('images.tooLarge');
  return null;
}

/** Messages for a failed upload or image change: the API's field errors, a wait for 429, else its title. */
export function uploadErrors(error: unknown, t: TFunction): string[] {
  if (!error) return [];
  if (!(error instanceof ApiError)) return [t('images.failed')];
  if (error.status === 429 && error.retryAfter) return [t('common.tryLater', { seconds: error.retryAfter })];
  const fields = Object.values(error.problem.errors ?? {}).flat();
  return fields.length ? fields : [error.message];
}

/** A preview URL of a chosen file (null for none); revoked when the file changes or the component goes. */
export function usePreview(file: File | null) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return setUrl(null);
    const objectUrl = URL.createObjectURL(file);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  return url;
}
