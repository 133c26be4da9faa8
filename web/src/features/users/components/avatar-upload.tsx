import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/lib/api/types';
import { acceptedImageTypes, checkImage, uploadErrors, usePreview } from '@/lib/images';
import { useUploadAvatar } from '@/features/users/api/upload-avatar';
import { Avatar } from '@/components/ui/avatar';
import { FormErrors } from '@/components/ui/field';

/** Uploads as soon as a file is chosen; the chosen file is previewed until the API answers. */
export function AvatarUpload({ profile, onUploaded }: { profile: Profile; onUploaded: (p: Profile) => void }) {
  const { t } = useTranslation();
  const upload = useUploadAvatar();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = usePreview(upload.isPending ? file : null);

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    if (!chosen) return;
    const invalid = checkImage(chosen, t);
    setProblem(invalid);
    if (invalid) return;
    setFile(chosen);
    upload.mutate(chosen, { onSuccess: onUploaded });
  };

  return (
    <div className="flex items-center gap-4">
      <Avatar user={{ ...profile, avatarUrl: preview ?? profile.avatarUrl }} size={72} />
      <div className="space-y-1">
        <label className="block text-sm font-medium">
          {t('editProfile.avatar')}
          <input type="file" accept={acceptedImageTypes} onChange={choose} disabled={upload.isPending}
            className="mt-1 block text-sm file:me-2 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5" />
        </label>
        <p className="text-xs text-ink-soft">{t('images.rules')}</p>
        {upload.isPending && <p role="status" className="text-sm text-ink-soft">{t('images.uploading')}</p>}
        <FormErrors messages={[...(problem ? [problem] : []), ...uploadErrors(upload.error, t)]} />
      </div>
    </div>
  );
}
