import { useTranslation } from 'react-i18next';
import { useProfile } from '@/features/users/api/get-profile';
import { ProfileForm } from '@/features/users/components/profile-form';
import { AccountSettings } from '@/features/auth/components/account-settings';
import { EmailSettings } from '@/features/auth/components/email-settings';
import { QueryState } from '@/components/ui/states';
import { RequireAuth } from '@/app/require-auth';
import { useAuth } from '@/lib/auth/session';
import { usePageTitle } from '@/lib/page-title';

function EditProfile({ username }: { username: string }) {
  const { updateUser } = useAuth();
  const profile = useProfile(username);
  return <QueryState query={profile}>{(p) => <ProfileForm profile={p} onSaved={(saved) => updateUser({ displayName: saved.displayName, avatarUrl: saved.avatarUrl })} />}</QueryState>;
}

export default function EditProfilePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  usePageTitle(t('editProfile.title'));
  return (
    <RequireAuth>
      <h1 className="mb-4 text-2xl font-bold">{t('editProfile.title')}</h1>
      {user && <EditProfile username={user.username} />}
      <div className="mt-8 border-t border-line pt-6"><EmailSettings /></div>
      <AccountSettings />
    </RequireAuth>
  );
}
