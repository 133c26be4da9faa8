import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/lib/api/types';
import { useAuth } from '@/lib/auth/session';
import { useFollowUser } from '@/features/users/api/follow-user';
import { Button } from '@/components/ui/button';

export function FollowButton({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const { user, status } = useAuth();
  const navigate = useNavigate();
  const follow = useFollowUser(profile.username);
  const [error, setError] = useState<string | null>(null);
  if (user?.id === profile.id) return null;
  const toggle = () => {
    if (status !== 'signed-in') return void navigate(`/signin?next=${encodeURIComponent(location.pathname)}`);
    setError(null);
    follow.mutate(!profile.viewerFollows, { onError: (e) => setError(e.message || t('common.error')) });
  };
  return (
    <div>
      <Button variant={profile.viewerFollows ? 'secondary' : 'primary'} aria-pressed={profile.viewerFollows} onClick={toggle}>
        {profile.viewerFollows ? t('profile.unfollow') : t('profile.follow')}
      </Button>
      {error && <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
