import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/lib/api/types';
import { ApiError, formErrors } from '@/lib/api/problem';
import { useUpdateProfile, type ProfileInput } from '@/features/users/api/update-profile';
import { AvatarUpload } from '@/features/users/components/avatar-upload';
import { Button } from '@/components/ui/button';
import { FormErrors, TextAreaField, TextField } from '@/components/ui/field';
import { isHttpUrl } from '@/lib/urls';

const urlFields = ['website', 'twitter', 'github', 'linkedin'] as const;
const textFields = ['displayName', 'location', 'company', 'jobTitle'] as const;
const limits: Record<string, number> = { displayName: 60, bio: 500, location: 100, company: 100, jobTitle: 100 };

export function ProfileForm({ profile, onSaved }: { profile: Profile; onSaved: (p: Profile) => void }) {
  const { t } = useTranslation();
  const mutation = useUpdateProfile();
  const [values, setValues] = useState<Record<keyof ProfileInput, string>>(() => ({
    displayName: profile.displayName ?? '', bio: profile.bio ?? '', website: profile.website ?? '', location: profile.location ?? '',
    company: profile.company ?? '', jobTitle: profile.jobTitle ?? '', twitter: profile.twitter ?? '', github: profile.github ?? '', linkedin: profile.linkedin ?? '',
  }));
  const [local, setLocal] = useState<Partial<Record<keyof ProfileInput, string>>>({});
  const [saved, setSaved] = useState(false);
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const errorsFor = (f: keyof ProfileInput) => [...(local[f] ? [local[f]] : []), ...(error?.fieldErrors(f) ?? [])];
  const set = (k: keyof ProfileInput) => (e: { target: { value: string } }) => { setSaved(false); setValues((v) => ({ ...v, [k]: e.target.value })); };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Partial<Record<keyof ProfileInput, string>> = {};
    for (const f of urlFields) if (values[f].trim() && !isHttpUrl(values[f].trim())) errors[f] = t('validation.url');
    for (const [f, max] of Object.entries(limits)) if (values[f as keyof ProfileInput].trim().length > max) errors[f as keyof ProfileInput] = t('validation.atMost', { max });
    setLocal(errors);
    if (Object.keys(errors).length) return;
    // An empty field clears the value (null), as the API's PATCH expects.
    const input = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() || null])) as ProfileInput;
    mutation.mutate(input, { onSuccess: (p) => { setSaved(true); onSaved(p); } });
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormErrors messages={formErrors(error, Object.keys(values), (seconds) => t('common.tryLater', { seconds }))} />
      {saved && <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">{t('editProfile.saved')}</p>}
      <AvatarUpload profile={profile} onUploaded={onSaved} />
      {textFields.map((f) => <TextField key={f} label={t(`editProfile.${f}`)} value={values[f]} onChange={set(f)} error={errorsFor(f)} />)}
      <TextAreaField label={t('editProfile.bio')} rows={4} value={values.bio} onChange={set('bio')} error={errorsFor('bio')} hint={`${values.bio.length}/500`} />
      {urlFields.map((f) => <TextField key={f} type="url" label={t(`editProfile.${f}`)} placeholder="https://" value={values[f]} onChange={set(f)} error={errorsFor(f)} />)}
      <Button type="submit" disabled={mutation.isPending}>{t('common.save')}</Button>
    </form>
  );
}
